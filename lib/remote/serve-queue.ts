import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { TaskCancelledError, TaskTimeoutError, UnknownRemoteFunctionError } from '../errors.js';
import { describeValue } from '../validation/describe-value.js';
import { CancelListener } from './cancel-listener.js';
import { encodeFailure } from './failure-reason.js';
import { ProgressSender } from './progress-sender.js';
import type { RemoteFunctions, RemoteJobContext } from './remote-function.js';
import { bad } from './remote-queue-options.js';
import { parseServeQueueOptions, type ServeQueueOptions } from './serve-queue-options.js';
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
    this.worker = new Worker(queue, (job, token, signal) => this.process(job, token, signal), {
      connection: { ...connection, maxRetriesPerRequest: null },
      prefix,
      concurrency,
      lockDuration,
      stalledInterval,
      maxStalledCount,
    });
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

  private async process(job: Job, _token?: string, signal?: AbortSignal): Promise<unknown> {
    const id = job.id ?? '';
    const controller = new AbortController();
    const stop = (reason: Error) => controller.signal.aborted || controller.abort(reason);
    const onAbort = () => stop(new TaskCancelledError(id));
    signal?.addEventListener('abort', onAbort);
    const unwatch = this.cancels.watch(id, job.attemptsStarted > 1, onAbort);
    const ms = (job.opts as { ftTimeout?: unknown }).ftTimeout;
    const deadline = typeof ms === 'number' ? setTimeout(() => stop(new TaskTimeoutError(id, ms)), ms) : undefined;
    const progress = new ProgressSender(job);
    const ctx: RemoteJobContext = {
      signal: controller.signal,
      progress: (v) => progress.report(v),
      jobId: id,
      attempt: job.attemptsStarted,
    };
    try {
      const aborted = new Promise<never>((_, reject) => {
        const fail = () => reject(controller.signal.reason);
        if (controller.signal.aborted) fail();
        controller.signal.addEventListener('abort', fail);
      });
      return await Promise.race([this.call(job.name, job.data, ctx), aborted]);
    } catch (error) {
      const final = controller.signal.aborted || error instanceof UnknownRemoteFunctionError;
      throw final ? new UnrecoverableError(encodeFailure(error)) : new Error(encodeFailure(error));
    } finally {
      clearTimeout(deadline);
      progress.close();
      unwatch();
      signal?.removeEventListener('abort', onAbort);
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
