// Errors of a task: not found, cancelled, timed out, not finished.
import type { CancelReason } from '../tasks/task-types.js';
import { describeValue } from '../validation/describe-value.js';
import { FrametasksError } from './frametasks-error.js';

/**
 * No task has this id (never submitted, or already cleared from the table).
 *
 * @example
 * ```ts
 * runtime.cancel('no-such-id'); // throws UnknownTaskError
 * ```
 */
export class UnknownTaskError extends FrametasksError {
  constructor(readonly taskId: unknown) {
    super('ERR_FRAMETASKS_UNKNOWN_TASK', `no task with id ${describeValue(taskId)}`);
    this.name = 'UnknownTaskError';
  }
}

/**
 * The task was cancelled; its result observable errors with this. `reason` says why
 * (see `CancelReason`); `isCancellation(error)` tells cancellations from failures.
 *
 * @example
 * ```ts
 * runtime.result(id).subscribe({ error: (e) => e instanceof TaskCancelledError && e.reason === 'explicit' });
 * ```
 */
export class TaskCancelledError extends FrametasksError {
  constructor(
    readonly taskId: string,
    readonly reason: CancelReason = 'explicit',
  ) {
    super('ERR_FRAMETASKS_TASK_CANCELLED', `task ${taskId} was cancelled (${reason})`);
    this.name = 'TaskCancelledError';
  }
}

/**
 * The task ran past its timeout and was stopped.
 *
 * @example
 * ```ts
 * runtime.run(work, { timeout: 100 }); // -> status 'timeout', error TaskTimeoutError
 * ```
 */
export class TaskTimeoutError extends FrametasksError {
  constructor(
    readonly taskId: string,
    readonly timeoutMs: number,
  ) {
    super('ERR_FRAMETASKS_TASK_TIMEOUT', `task ${taskId} timed out after ${timeoutMs} ms`);
    this.name = 'TaskTimeoutError';
  }
}

/**
 * A synchronous result was asked for a task that has not finished.
 *
 * @example
 * ```ts
 * runtime.getResult(runningId); // throws TaskNotFinishedError
 * ```
 */
export class TaskNotFinishedError extends FrametasksError {
  constructor(
    readonly taskId: string,
    readonly status: string,
  ) {
    super('ERR_FRAMETASKS_TASK_NOT_FINISHED', `task ${taskId} has not finished (status ${status})`);
    this.name = 'TaskNotFinishedError';
  }
}
