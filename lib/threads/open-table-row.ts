import type { Subscriber } from 'rxjs';
import { Observable } from '../rx.js';
import type { CancelReason, TaskBody } from '../tasks/task-types.js';
import type { TaskOptions } from '../tasks/task-options.js';

/**
 * The part of a TaskManager a thread needs: submit a body, cancel by id.
 *
 * @example
 * ```ts
 * const submitter: TaskSubmitter = runtime.tasks;
 * ```
 */
export interface TaskSubmitter {
  submit<T>(body: TaskBody<T>, options?: TaskOptions): string;
  cancel(id: string, reason?: CancelReason): boolean;
}

/**
 * A table row whose lifetime is driven from outside: it stays `running` until
 * `complete`, `fail` or `cancel`; if the table cancels it first, `onCancel` runs.
 *
 * @example
 * ```ts
 * const row = openTableRow(tasks, { description: 'server', kind: 'thread' }, () => thread.stop());
 * row.complete();
 * ```
 */
export interface OpenRow {
  readonly id: string;
  progress(value: unknown): void;
  complete(value?: unknown): void;
  fail(error: unknown): void;
  /** Ends the row `cancelled` with `reason` (default `explicit`). */
  cancel(reason?: CancelReason): void;
}

/** How the row ends, applied to its task's subscriber (now, or once the task has started). */
type Ending = (subscriber: Subscriber<unknown>) => void;

const completeWith =
  (value: unknown): Ending =>
  (subscriber) => (subscriber.next(value), subscriber.complete());

/**
 * Submits a long-lived row that mirrors something else's lifetime (a thread, a task).
 * The ending may arrive before the table starts the row; it is then applied on start.
 *
 * @example
 * ```ts
 * const row = openTableRow(tasks, { description: 'tick', kind: 'thread', parentId }, () => undefined);
 * ```
 */
export function openTableRow(tasks: TaskSubmitter, options: TaskOptions, onCancel: () => void): OpenRow {
  let ending: Ending | undefined;
  let task: Subscriber<unknown> | undefined;
  let report: ((value: unknown) => void) | undefined;
  const body: TaskBody<unknown> = (ctx) =>
    new Observable<unknown>((subscriber) => {
      report = (value) => ctx.progress(value);
      task = subscriber;
      ending?.(subscriber);
      return () => {
        if (!ending) onCancel();
      };
    });
  const id = tasks.submit(body, options);
  const end = (e: Ending): void => {
    if (ending) return;
    ending = e;
    if (task) e(task);
  };
  return {
    id,
    progress: (value) => report?.(value),
    complete: (value) => end(completeWith(value)),
    fail: (error) => end((subscriber) => subscriber.error(error)),
    cancel: (reason) => {
      if (ending) return;
      ending = completeWith(undefined);
      try {
        tasks.cancel(id, reason);
      } catch {
        // the row was already cleared from the table: nothing left to cancel
      }
    },
  };
}
