import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';
import type { TaskRecord } from '../task-record.js';

/**
 * Stops an ending task's work: disarms its timeout, unsubscribes its body (an error
 * thrown there goes to the scheduler's error reporting, the task still ends) and, when
 * `abort` (cancel, timeout), aborts its signal with the task's error.
 *
 * @example
 * ```ts
 * stopWork(task, scheduler, status === 'cancelled' || status === 'timeout');
 * ```
 */
export function stopWork(task: TaskRecord<unknown>, scheduler: FrameScheduler, abort: boolean): void {
  task.timer?.unsubscribe();
  task.timer = undefined;
  const subscription = task.subscription;
  task.subscription = undefined;
  try {
    subscription?.unsubscribe();
  } catch (error) {
    scheduler.reportError(error);
  }
  if (abort) task.abort(task.error);
}
