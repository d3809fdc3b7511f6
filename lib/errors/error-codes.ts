/**
 * Every error code frametasks throws or reports. One place, so users can switch
 * on `error.code` without string-matching messages. (The error classes spell their code
 * out, checked against {@link ErrorCode}: a bundle then carries only the codes of the
 * errors it can throw, not this whole table.)
 *
 * @example
 * ```ts
 * runtime.result(id).subscribe({ error: (e) => e.code === ErrorCodes.taskTimeout && retry() });
 * ```
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
  remoteConnection: 'ERR_FRAMETASKS_REMOTE_CONNECTION',
  remoteData: 'ERR_FRAMETASKS_REMOTE_DATA',
  remoteUnknownFunction: 'ERR_FRAMETASKS_REMOTE_UNKNOWN_FUNCTION',
  remoteTask: 'ERR_FRAMETASKS_REMOTE_TASK',
  remoteStalled: 'ERR_FRAMETASKS_REMOTE_STALLED',
  remoteJobLost: 'ERR_FRAMETASKS_REMOTE_JOB_LOST',
  workersNotEnabled: 'ERR_FRAMETASKS_WORKERS_NOT_ENABLED',
} as const;

/**
 * The union of all error codes.
 *
 * @example
 * ```ts
 * const retryable: ReadonlySet<ErrorCode> = new Set([ErrorCodes.taskTimeout, ErrorCodes.workerCrashed]);
 * ```
 */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];
