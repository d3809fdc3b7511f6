/**
 * Every error code frametasks throws or reports. One place, so users can switch
 * on `error.code` without string-matching messages.
 */
export const ErrorCodes = {
  invalidArgument: 'ERR_FRAMETASKS_INVALID_ARGUMENT',
  disposed: 'ERR_FRAMETASKS_DISPOSED',
  unknownTask: 'ERR_FRAMETASKS_UNKNOWN_TASK',
  taskCancelled: 'ERR_FRAMETASKS_TASK_CANCELLED',
  taskTimeout: 'ERR_FRAMETASKS_TASK_TIMEOUT',
  taskNotFinished: 'ERR_FRAMETASKS_TASK_NOT_FINISHED',
  workerCrashed: 'ERR_FRAMETASKS_WORKER_CRASHED',
  workerLoad: 'ERR_FRAMETASKS_WORKER_LOAD',
  workerTask: 'ERR_FRAMETASKS_WORKER_TASK',
  threadState: 'ERR_FRAMETASKS_THREAD_STATE',
  threadFailed: 'ERR_FRAMETASKS_THREAD_FAILED',
} as const;

/** The union of all error codes. */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/**
 * Base class of every error frametasks creates.
 *
 * @example
 * ```ts
 * try { runtime.cancel('nope'); } catch (e) {
 *   if (e instanceof FrametasksError) console.log(e.code);
 * }
 * ```
 */
export class FrametasksError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/**
 * A public function was called with a value it cannot accept. The message quotes the value.
 *
 * @example
 * ```ts
 * afterFrames(-1, fn); // throws InvalidArgumentError: frames must be ... (got -1)
 * ```
 */
export class InvalidArgumentError extends FrametasksError {
  constructor(message: string) {
    super(ErrorCodes.invalidArgument, message);
  }
}

/**
 * The object was disposed and can no longer accept work.
 *
 * @example
 * ```ts
 * runtime.dispose();
 * runtime.run(of(1)); // throws DisposedError
 * ```
 */
export class DisposedError extends FrametasksError {
  constructor(what: string) {
    super(ErrorCodes.disposed, `${what} is disposed`);
  }
}
