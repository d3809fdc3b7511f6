import { UnrecoverableError, type Job, type Worker } from 'bullmq';
import { TaskCancelledError, TaskTimeoutError, UnknownRemoteFunctionError } from '../errors.js';
import { describeValue } from '../validation/describe-value.js';
import { CancelListener } from './cancel-listener.js';
import { encodeFailure } from './failure-reason.js';
import { JobStop } from './job-stop.js';
import { ProgressSender } from './progress-sender.js';
import type { RemoteFunctions, RemoteJobContext } from './remote-function.js';
import { bad } from './remote-queue-options.js';
import { parseServeQueueOptions, type ServeQueueOptions } from './serve-queue-options.js';
import { ServeWorker } from './serve-worker.js';
import { threadCall } from './thread-call.js';

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
  private readonly options: Required<ServeQueueOptions>;

  constructor(
    options: ServeQueueOptions,
    private readonly functions: RemoteFunctions | URL | string,
  ) {
    this.options = parseServeQueueOptions(options);
    const { queue, connection, prefix, concurrency, lockDuration, stalledInterval, maxStalledCount } = this.options;
    const thread = this.options.isolate === 'thread';
    if (thread !== (typeof functions === 'string' || functions instanceof URL)) {
      bad(
        'functions',
        functions,
        thread ? 'expected a module URL (isolate: "thread")' : 'expected an object of functions',
      );
    }
    this.cancels = new CancelListener(connection, prefix, queue, this.options.cancelPoll);
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
   * Stops taking jobs, waits for the running ones (unless `force`: their locks lapse and
   * another worker takes them over) and closes the connections.
   *
   * @example
   * ```ts
   * await server.close();
   * ```
   */
  async close(force = false): Promise<void> {
    await this.worker.close(force);
    await this.cancels.close();
  }

  private async process(job: Job): Promise<unknown> {
    const id = job.id ?? '';
    const stop = new JobStop();
    const onAbort = () => stop.stop(new TaskCancelledError(id));
    const unwatch = this.cancels.watch(id, job.attemptsStarted > 1, onAbort);
    const ms = (job.opts as { ftTimeout?: unknown }).ftTimeout;
    const deadline = typeof ms === 'number' ? setTimeout(() => stop.stop(new TaskTimeoutError(id, ms)), ms) : undefined;
    let progress: ProgressSender | undefined;
    const ctx: RemoteJobContext = {
      get signal() {
        return stop.signal;
      },
      progress: (v) => (progress ??= new ProgressSender(job)).report(v),
      jobId: id,
      attempt: job.attemptsStarted,
    };
    try {
      return await stop.race(this.call(job.name, job.data, ctx));
    } catch (error) {
      const final = stop.stopped || error instanceof UnknownRemoteFunctionError;
      throw final ? new UnrecoverableError(encodeFailure(error)) : new Error(encodeFailure(error));
    } finally {
      clearTimeout(deadline);
      progress?.close();
      unwatch();
    }
  }

  private call(name: string, data: unknown, ctx: RemoteJobContext): Promise<unknown> {
    const fns = this.functions;
    if (typeof fns === 'string' || fns instanceof URL) {
      const href = fns instanceof URL ? fns.href : fns;
      return threadCall(href, name, data, ctx, this.options.terminateAfter, (names) => this.unknown(name, names));
    }
    const fn = Object.hasOwn(fns, name) ? fns[name] : undefined;
    if (typeof fn !== 'function') return Promise.reject(this.unknown(name, Object.keys(fns)));
    return (async () => fn(data, ctx))();
  }

  private unknown(name: string, names: string[]): UnknownRemoteFunctionError {
    const list = names.map((n) => describeValue(n)).join(', ') || 'none';
    return new UnknownRemoteFunctionError(
      `queue "${this.options.queue}" has no function ${describeValue(name)} (it serves: ${list})`,
    );
  }
}

/**
 * Serves a queue's jobs in this Node process: `functions[job.name](job.data, ctx)` with
 * the same shape as `defineWorker`'s functions. With `isolate: 'thread'`, `functions` is
 * the URL of a module exporting them and each job runs in its own worker thread.
 *
 * @example
 * ```ts
 * import { serveQueue } from 'frametasks/bullmq';
 * serveQueue({ queue: 'search', connection: { host: 'redis', port: 6379 }, concurrency: 8 }, {
 *   async search({ q }, ctx) { ctx.progress(0.5); return db.find(q, { signal: ctx.signal }); },
 * });
 * ```
 */
export function serveQueue(options: ServeQueueOptions, functions: RemoteFunctions | URL | string): QueueServer {
  return new QueueServer(options, functions);
}
