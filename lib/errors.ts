import type { CancelReason } from './tasks/task-types.js';

/**
 * Every error code frametasks throws or reports. One place, so users can switch
 * on `error.code` without string-matching messages. (The classes below spell their code
 * out, checked against {@link ErrorCode}: a bundle then carries only the codes of the
 * errors it can throw, not this whole table.)
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

/** The union of all error codes. */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/**
 * Base class of every error frametasks creates (abstract: every error is one of the named
 * classes below, and each spells out its own `name`).
 *
 * @example
 * ```ts
 * try { runtime.cancel('nope'); } catch (e) {
 *   if (e instanceof FrametasksError) console.log(e.code);
 * }
 * ```
 */
export abstract class FrametasksError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    // No `this.name = new.target.name`: minifiers rename classes, so a bundled error would
    // be called "Z" in rows, the table's text and logs. Each class sets its name instead.
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
    super('ERR_FRAMETASKS_INVALID_ARGUMENT', message);
    this.name = 'InvalidArgumentError';
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
    super('ERR_FRAMETASKS_DISPOSED', `${what} is disposed`);
    this.name = 'DisposedError';
  }
}

/**
 * `runtime.workers` was used on a runtime created without workers. Workers are opt-in,
 * so a runtime that never uses them carries none of their code.
 *
 * @example
 * ```ts
 * createRuntime({ frames }).workers; // throws WorkersNotEnabledError
 * createRuntime({ frames, workers: workerPool({ size: 2 }) }).workers.run(target, []); // fine
 * ```
 */
export class WorkersNotEnabledError extends FrametasksError {
  constructor() {
    super(
      'ERR_FRAMETASKS_WORKERS_NOT_ENABLED',
      'runtime.workers: workers are not enabled; create the runtime with createRuntime({ ..., workers: workerPool() })',
    );
    this.name = 'WorkersNotEnabledError';
  }
}

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
    super('ERR_FRAMETASKS_UNKNOWN_TASK', `no task with id ${JSON.stringify(String(taskId))}`);
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

/**
 * A task thread was used in a state that does not allow it (sending on a stopped
 * thread, spawning from a stopped parent, starting twice).
 *
 * @example
 * ```ts
 * await thread.join(); thread.send(1); // throws ThreadStateError
 * ```
 */
export class ThreadStateError extends FrametasksError {
  constructor(message: string) {
    super('ERR_FRAMETASKS_THREAD_STATE', message);
    this.name = 'ThreadStateError';
  }
}

/**
 * A task thread failed (its body, a task or an escalated child threw); `cause` is the
 * original error.
 *
 * @example
 * ```ts
 * const { exit } = await thread.join();
 * if (exit.type === 'crashed') console.log(exit.error); // ThreadFailedError for a crashed child
 * ```
 */
export class ThreadFailedError extends FrametasksError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_FRAMETASKS_THREAD_FAILED', message, options);
    this.name = 'ThreadFailedError';
  }
}

/**
 * A remote queue could not reach Redis within its `connectTimeout` (wrong address, Redis
 * down). Tasks of that queue fail with it instead of waiting forever.
 *
 * @example
 * ```ts
 * await remoteQueue(runtime, { queue: 'q', connection: { port: 1 } }).ready(); // rejects with RemoteConnectionError
 * ```
 */
export class RemoteConnectionError extends FrametasksError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_FRAMETASKS_REMOTE_CONNECTION', message, options);
    this.name = 'RemoteConnectionError';
  }
}

/**
 * The data of a remote job cannot travel through Redis as JSON (a function, a class
 * instance, a BigInt, a cycle...). Thrown at the call; nothing is queued.
 *
 * @example
 * ```ts
 * searches.run('search', { when: new Map() }); // throws RemoteDataError
 * ```
 */
export class RemoteDataError extends FrametasksError {
  constructor(message: string) {
    super('ERR_FRAMETASKS_REMOTE_DATA', message);
    this.name = 'RemoteDataError';
  }
}

/**
 * The worker serving the queue has no function of that name; the task fails with it.
 *
 * @example
 * ```ts
 * onError: (e) => e instanceof UnknownRemoteFunctionError && console.log(e.code);
 * ```
 */
export class UnknownRemoteFunctionError extends FrametasksError {
  constructor(message: string) {
    super('ERR_FRAMETASKS_REMOTE_UNKNOWN_FUNCTION', message);
    this.name = 'UnknownRemoteFunctionError';
  }
}

/**
 * The remote function threw (after its last attempt); `remoteName` and `remoteCode` are
 * the name and code of the error it threw on the worker.
 *
 * @example
 * ```ts
 * onError: (e) => e instanceof RemoteTaskError && console.log(e.remoteName, e.message);
 * ```
 */
export class RemoteTaskError extends FrametasksError {
  constructor(
    message: string,
    readonly remoteName: string | undefined,
    readonly remoteCode: string | undefined,
  ) {
    super('ERR_FRAMETASKS_REMOTE_TASK', message);
    this.name = 'RemoteTaskError';
  }
}

/**
 * A remote job kept stalling: the workers running it died (or blocked their event loop)
 * more often than `maxStalledCount` allows.
 *
 * @example
 * ```ts
 * onError: (e) => e instanceof RemoteStalledError && alert('this job crashes its workers');
 * ```
 */
export class RemoteStalledError extends FrametasksError {
  constructor(message: string) {
    super('ERR_FRAMETASKS_REMOTE_STALLED', message);
    this.name = 'RemoteStalledError';
  }
}

/**
 * A tracked remote job is gone from Redis (removed by someone else, or Redis restarted
 * without persistence).
 *
 * @example
 * ```ts
 * onError: (e) => e instanceof RemoteJobLostError && resubmit();
 * ```
 */
export class RemoteJobLostError extends FrametasksError {
  constructor(message: string) {
    super('ERR_FRAMETASKS_REMOTE_JOB_LOST', message);
    this.name = 'RemoteJobLostError';
  }
}
