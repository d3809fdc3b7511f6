import type { Subscriber, Subscription } from 'rxjs';
import { Observable } from '../rx.js';
import { TaskNotFinishedError } from '../errors.js';
import { isTerminal } from './reduce-task-row.js';
import type { TaskRecord } from './task-record.js';
import { whenEnded } from './when-ended.js';

/** Runs a callback on a frame (the start phase of the next one); returns how to cancel it. */
export type Deliver = (fn: () => void) => Subscription | undefined;

/**
 * The result of a task as an Observable: once the task ends, on a frame, it emits the
 * last value and completes (completed), or errors with the task's error (failed,
 * {@link TaskCancelledError}, {@link TaskTimeoutError}).
 *
 * @example
 * ```ts
 * resultOf(task, (fn) => scheduler.atStartOfFrame(fn)).subscribe(console.log);
 * ```
 */
export function resultOf<T>(task: TaskRecord<T>, deliver: Deliver): Observable<T> {
  return new Observable<T>((subscriber) => {
    let scheduled: Subscription | undefined;
    const onEnd = (): void => {
      scheduled = deliver(() => emitResult(task, subscriber));
    };
    whenEnded(task, onEnd);
    return () => {
      scheduled?.unsubscribe();
      const i = task.waiters?.indexOf(onEnd) ?? -1;
      if (i >= 0) task.waiters?.splice(i, 1);
    };
  });
}

/**
 * The result of a finished task, synchronously (the seed's GetTaskResult): the last value
 * of a completed task, or throws its error. Throws {@link TaskNotFinishedError} while it
 * is pending or running.
 *
 * @example
 * ```ts
 * const scene = syncResultOf(task);
 * ```
 */
export function syncResultOf<T>(task: TaskRecord<T>): T {
  if (task.status === 'completed') return task.value as T;
  if (isTerminal(task.status)) throw task.error;
  // work that has not reported its start yet is still pending, as status() says
  throw new TaskNotFinishedError(task.id, task.awaitingStart ? 'pending' : task.status);
}

function emitResult<T>(task: TaskRecord<T>, subscriber: Subscriber<T>): void {
  if (task.status !== 'completed') {
    subscriber.error(task.error);
    return;
  }
  subscriber.next(task.value as T);
  subscriber.complete();
}
