import type { CancelReason, TaskErrorInfo, TaskKind } from './task-types.js';

interface EventBase {
  /** The task's id. */
  readonly id: string;
  /** When it happened, on the frame scheduler's clock (ms; virtual in marble tests). */
  readonly time: number;
}

/**
 * A task was accepted; it is `pending` until a frame starts it.
 *
 * @example
 * ```ts
 * const e: TaskSubmittedEvent = { type: 'submitted', id: 'a', time: 0, description: 'load', kind: 'frame',
 *   parentId: undefined, group: undefined, priority: 0, info: undefined, meta: undefined, timeout: undefined };
 * ```
 */
export interface TaskSubmittedEvent extends EventBase {
  readonly type: 'submitted';
  readonly description: string;
  readonly kind: TaskKind;
  readonly parentId: string | undefined;
  /** The name of the task group it belongs to (undefined: none). */
  readonly group: string | undefined;
  readonly priority: number;
  readonly info: Readonly<Record<string, unknown>> | undefined;
  readonly meta: Readonly<Record<string, unknown>> | undefined;
  /** The timeout in ms, counted from the start (undefined: none). */
  readonly timeout: number | undefined;
}

/**
 * Any lifecycle event of a task: the source of truth the table is folded from. `meta`
 * merges facts into the row's `meta` (shallow); `cancelled` says why.
 * After a terminal event (`completed`, `failed`, `cancelled`, `timedOut`) the only event a
 * task can still get is `cleared`, when its row leaves the table.
 *
 * @example
 * ```ts
 * runtime.events$.subscribe((e: TaskEvent) => { if (e.type === 'failed') log(e.error.message); });
 * ```
 */
export type TaskEvent =
  | TaskSubmittedEvent
  | (EventBase & { readonly type: 'started' })
  | (EventBase & { readonly type: 'progress'; readonly progress: unknown })
  | (EventBase & { readonly type: 'meta'; readonly meta: Readonly<Record<string, unknown>> })
  | (EventBase & { readonly type: 'priority'; readonly priority: number })
  | (EventBase & { readonly type: 'completed' })
  | (EventBase & { readonly type: 'failed'; readonly error: TaskErrorInfo })
  | (EventBase & { readonly type: 'cancelled'; readonly reason: CancelReason })
  | (EventBase & { readonly type: 'timedOut'; readonly error: TaskErrorInfo })
  | (EventBase & { readonly type: 'cleared' });

/**
 * The `type` of a {@link TaskEvent}.
 *
 * @example
 * ```ts
 * const t: TaskEventType = 'timedOut';
 * ```
 */
export type TaskEventType = TaskEvent['type'];
