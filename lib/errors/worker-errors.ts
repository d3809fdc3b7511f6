// Errors of a task run on a worker: the worker died, its module did not load, the function threw.
import { FrametasksError } from './frametasks-error.js';

/**
 * A worker died while running a task: it exited, ran out of memory or crashed.
 * `exitCode` is set where the platform gives one.
 *
 * @example
 * ```ts
 * onError: (e) => { if (e instanceof WorkerCrashedError) console.log(e.exitCode); }
 * ```
 */
export class WorkerCrashedError extends FrametasksError {
  constructor(
    message: string,
    readonly exitCode: number | undefined,
    options?: { cause?: unknown },
  ) {
    super('ERR_FRAMETASKS_WORKER_CRASHED', message, options);
    this.name = 'WorkerCrashedError';
  }
}

/**
 * A worker module could not be loaded, or does not export the requested function.
 *
 * @example
 * ```ts
 * runtime.workers.run({ module: badUrl, fn: 'x' }, []); // fails with WorkerLoadError
 * ```
 */
export class WorkerLoadError extends FrametasksError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_FRAMETASKS_WORKER_LOAD', message, options);
    this.name = 'WorkerLoadError';
  }
}

/**
 * The worker function threw or rejected; `cause` carries the remote error's name,
 * message and stack.
 *
 * @example
 * ```ts
 * onError: (e) => e instanceof WorkerTaskError && console.log(e.cause);
 * ```
 */
export class WorkerTaskError extends FrametasksError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_FRAMETASKS_WORKER_TASK', message, options);
    this.name = 'WorkerTaskError';
  }
}
