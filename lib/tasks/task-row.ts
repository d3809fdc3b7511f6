import type { CancelReason, TaskErrorInfo, TaskKind, TaskStatus } from './task-types.js';

/**
 * One row of the live task table (the seed's columns plus kind, parentId, priority, meta).
 * Times are ms on the frame clock. `duration` counts from the start: live while running
 * (recomputed at each table emission), the total once finished, 0 while pending.
 *
 * @example
 * ```ts
 * runtime.table$.subscribe((rows: readonly TaskRow[]) => rows.filter((r) => r.status === 'failed'));
 * ```
 */
export interface TaskRow {
  readonly id: string;
  readonly status: TaskStatus;
  readonly description: string;
  readonly kind: TaskKind;
  /** The parent task (task threads); undefined for top-level tasks. */
  readonly parentId: string | undefined;
  /** The name of the task group it belongs to (undefined: none). */
  readonly group: string | undefined;
  readonly priority: number;
  readonly duration: number;
  readonly createdAt: number;
  readonly startedAt: number | undefined;
  readonly completedAt: number | undefined;
  readonly error: TaskErrorInfo | undefined;
  readonly info: Readonly<Record<string, unknown>> | undefined;
  /** The latest progress value (observable value, generator yield or `ctx.progress`). */
  readonly progress: unknown;
  /** Extra facts from the submitter (e.g. `{ standalone: true }` for workers). */
  readonly meta: Readonly<Record<string, unknown>> | undefined;
  readonly timeout: number | undefined;
  /** Why it was cancelled (status `cancelled` only). */
  readonly cancelReason: CancelReason | undefined;
}
