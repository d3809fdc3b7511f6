import { TaskCancelledError } from '../errors.js';

/**
 * True when `error` says a task was cancelled (any reason) rather than failed: the test
 * that lets code ignore cancellations instead of reporting them as errors.
 *
 * @example
 * ```ts
 * runtime.task(load).pipe(catchError((e) => (isCancellation(e) ? EMPTY : throwError(() => e))));
 * ```
 */
export function isCancellation(error: unknown): error is TaskCancelledError {
  return error instanceof TaskCancelledError;
}
