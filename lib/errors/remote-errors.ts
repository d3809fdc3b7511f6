// Errors of remote queues (frametasks/bullmq): Redis unreachable, data that cannot travel,
// an unknown function, a remote failure, a job that stalls or is lost.
import { FrametasksError } from './frametasks-error.js';

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
