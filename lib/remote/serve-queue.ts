import { UnrecoverableError, type Job, type Worker } from 'bullmq';
import { TaskCancelledError, TaskTimeoutError, UnknownRemoteFunctionError } from '../errors.js';
import { CancelListener } from './worker-side/cancel-listener.js';
import { encodeFailure } from './failure-reason.js';
import type { RemoteFunctions } from './remote-function.js';
import { parseServeQueueOptions, type ServeQueueOptions } from './serve-queue-options.js';
import { jobCaller, type JobCall } from './worker-side/job-caller.js';
import { ServedJob } from './worker-side/served-job.js';
import { ServeWorker } from './worker-side/serve-worker.js';

/**
 * A Node process serving a queue's jobs (a BullMQ `Worker` plus frametasks' cancel and
 * timeout). Create it with {@link serveQueue}.
 *
 * @example
 * ```ts
 * const server = serveQueue({ queue: 'renders', connection }, { render });
 * process.on('SIGTERM', () => void server.close());
 * ```
 */
export class QueueServer {
  readonly worker: Worker;
  private readonly cancels: CancelListener;
  private readonly call: JobCall;
  /** Jobs whose functions run in this process now. */
  private readonly running = new Set<ServedJob>();

  constructor(options: ServeQueueOptions, functions: RemoteFunctions | object | URL | string) {
    const parsed = parseServeQueueOptions(options);
    const { queue, connection, prefix, concurrency, lockDuration, stalledInterval, maxStalledCount } = parsed;
    this.call = jobCaller(functions, parsed); // checks functions against isolate before anything connects
    this.cancels = new CancelListener(connection, prefix, queue, parsed.cancelPoll);
    const connect = { ...connection, maxRetriesPerRequest: null };
    const workerOptions = { connection: connect, prefix, concurrency, lockDuration, stalledInterval, maxStalledCount };
    this.worker = new ServeWorker(queue, (job) => this.process(job), workerOptions, this.cancels);
    this.worker.on('error', () => undefined); // connection errors: ioredis reconnects by itself
  }

  /**
   * Resolves once the worker and its cancel channel are connected.
   *
   * @example
   * ```ts
   * await server.ready();
   * ```
   */
  async ready(): Promise<void> {
    await Promise.all([this.worker.waitUntilReady(), this.cancels.ready]);
  }

  /**
   * Stops taking jobs, waits for the running ones and closes the connections. With `force`
   * it does not wait: once the connections are closed, the running jobs' signals abort
   * (`TaskCancelledError`, reason `disposed`; a job in a thread has its thread ended) and
   * nothing of theirs reaches Redis, so their locks lapse and another worker takes them over.
   *
   * @example
   * ```ts
   * await server.close();
   * ```
   */
  async close(force = false): Promise<void> {
    await this.worker.close(force);
    // after the close, not before: a job failed while the connection was open would be final
    for (const served of this.running) served.stop(new TaskCancelledError(served.jobId, 'disposed'));
    await this.cancels.close();
  }

  /**
   * Runs one job. A function that returns a plain value settles it at once (no promise,
   * no race: nothing could stop it meanwhile); a promise races the job's stop.
   */
  private process(job: Job): unknown {
    const served = new ServedJob(job);
    const id = served.jobId;
    this.running.add(served);
    this.cancels.watch(id, job.attemptsStarted > 1, served);
    const ms = (job.opts as { ftTimeout?: unknown }).ftTimeout;
    if (typeof ms === 'number') served.deadline = setTimeout(() => served.stop(new TaskTimeoutError(id, ms)), ms);
    let out: unknown;
    try {
      // a cancel that came first (the job was taken just before the main side removed it): its function never runs
      out = served.stopped ? undefined : this.call(job.name, job.data, served);
    } catch (error) {
      this.ended(served);
      throw failure(error, served);
    }
    if (served.stopped || isThenable(out)) return this.settle(served, out);
    this.ended(served);
    return out;
  }

  private async settle(served: ServedJob, out: unknown): Promise<unknown> {
    try {
      return await served.race(Promise.resolve(out));
    } catch (error) {
      throw failure(error, served);
    } finally {
      this.ended(served);
    }
  }

  private ended(served: ServedJob): void {
    served.end();
    this.running.delete(served);
    this.cancels.unwatch(served.jobId);
  }
}

/** A stopped job, or an unknown function, ends without retry; other errors may be retried. */
function failure(error: unknown, served: ServedJob): Error {
  const final = served.stopped || error instanceof UnknownRemoteFunctionError;
  return final ? new UnrecoverableError(encodeFailure(error)) : new Error(encodeFailure(error));
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * Serves a queue's jobs in this Node process: `functions[job.name](job.data, ctx)` with
 * the same shape as `defineWorker`'s functions. `functions` may also be a class instance:
 * its methods are served by name and called on it. With `isolate: 'thread'`, `functions`
 * is the URL of a module exporting them and each job runs in its own worker thread.
 *
 * @example
 * ```ts
 * import { serveQueue } from 'frametasks/bullmq';
 * serveQueue({ queue: 'search', connection: { host: 'redis', port: 6379 }, concurrency: 8 }, {
 *   async search({ q }, ctx) { ctx.progress(0.5); return db.find(q, { signal: ctx.signal }); },
 * });
 * ```
 */
export function serveQueue(
  options: ServeQueueOptions,
  functions: RemoteFunctions | object | URL | string,
): QueueServer {
  return new QueueServer(options, functions);
}
