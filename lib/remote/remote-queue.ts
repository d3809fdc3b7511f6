import type { Runtime } from '../runtime/runtime.js';
import type { DefinedWork } from '../tasks/define-work.js';
import { checkSerialisable } from './check-serialisable.js';
import { frameHooks } from './frame-hooks.js';
import { JobTracker } from './job-tracker.js';
import { QueueLink } from './queue-link.js';
import { bad, parseRemoteQueueOptions, type RemoteQueueOptions } from './remote-queue-options.js';
import { checkRunOptions, type RemoteRunOptions, type RemoteWorkOptions } from './remote-run-options.js';
import { remoteWork, type RemoteWorkHost } from './remote-work.js';
import type { TrackedJob } from './tracked-job.js';

/** What a remote queue needs of a runtime. */
export type RemoteRuntime = Pick<Runtime, 'run' | 'scheduler' | 'tasks' | 'addTeardown'>;

/**
 * Remote tasks on a BullMQ queue, in the runtime's table: rows of kind `remote` with the
 * queue, job id and attempt in `meta`. Create it with {@link remoteQueue}.
 *
 * @example
 * ```ts
 * const searches = remoteQueue(runtime, { queue: 'search', connection: { port: 6379 } });
 * const id = searches.run('search', { q: 'cats' }, { timeout: 5_000, onSuccess: show });
 * ```
 */
export class RemoteQueue {
  readonly name: string;
  private readonly link: QueueLink;
  private readonly tracker: JobTracker;
  private readonly options: ReturnType<typeof parseRemoteQueueOptions>;
  private readonly pending = new Set<Promise<unknown>>();
  private readonly sweep: NodeJS.Timeout;
  private readonly removeTeardown: () => void;
  private closing: Promise<void> | undefined = undefined;
  private reconciling = false;
  private readonly host: RemoteWorkHost = {
    name: '',
    track: (job, add) => this.track(job, add),
    release: (job) => this.release(job),
  };

  constructor(
    private readonly runtime: RemoteRuntime,
    options: RemoteQueueOptions,
  ) {
    this.options = parseRemoteQueueOptions(options);
    this.name = this.options.queue;
    this.host = { ...this.host, name: this.name };
    const { connection, prefix, connectTimeout, silentAfter } = this.options;
    this.link = new QueueLink(this.name, connection, prefix, connectTimeout);
    this.tracker = new JobTracker(this.link.queue, silentAfter);
    this.link.onReconnect = () => this.reconcile(false);
    this.link.ready.then(
      () => this.started(),
      () => undefined,
    );
    this.sweep = setInterval(() => this.reconcile(true), silentAfter / 2);
    this.sweep.unref();
    this.removeTeardown = runtime.addTeardown(() => void this.close());
  }

  /**
   * Remote work as a `Work` value for `runtime.run`, `runtime.task` and the policy
   * operators. Throws RemoteDataError at once when `data` cannot travel as JSON.
   *
   * @example
   * ```ts
   * switchTask(runtime, (q: string) => searches.work('search', { q }));
   * ```
   */
  work<T = unknown>(fn: string, data: unknown, options: RemoteWorkOptions = {}): DefinedWork<T> {
    if (typeof fn !== 'string' || fn === '') bad('fn', fn, 'expected a function name');
    checkSerialisable(data, 'data');
    checkRunOptions(options, false);
    const { timeout, job = {} } = options;
    const deadline = timeout === undefined ? {} : { ftTimeout: timeout + this.options.timeoutGrace };
    return remoteWork<T>(this.host, fn, data, { ...this.options.job, ...job, ...deadline }, options.description ?? fn);
  }

  /**
   * Runs `fn(data)` on a worker of the queue as a task; returns its id. The row times out
   * `timeout` ms after the job started; hooks run at the start of a frame.
   *
   * @example
   * ```ts
   * const id = renders.run('render', scene, { timeout: 60_000, onProgress: (p) => bar.set(p) });
   * ```
   */
  run<T = unknown>(fn: string, data: unknown, options: RemoteRunOptions<T> = {}): string {
    checkRunOptions(options, true);
    const { description, timeout, job, info, priority, onProgress, onSuccess, onError } = options;
    const work = this.work<T>(fn, data, { description, timeout, job });
    const id = this.runtime.run(work, { info, timeout, priority });
    frameHooks(this.runtime, id, { onProgress, onSuccess, onError });
    return id;
  }

  /**
   * Resolves once Redis is reached; rejects with RemoteConnectionError after `connectTimeout`.
   *
   * @example
   * ```ts
   * await searches.ready();
   * ```
   */
  ready(): Promise<void> {
    return this.link.ready;
  }

  /**
   * Stops following jobs (cancels sent before are delivered first) and closes the
   * connections; `runtime.dispose()` calls it. Jobs already queued stay in Redis.
   *
   * @example
   * ```ts
   * await searches.close();
   * ```
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      clearInterval(this.sweep);
      this.removeTeardown();
      // cancels must reach the workers, but a Redis that is gone must not hold close() forever
      const bound = new Promise((r) => setTimeout(r, this.options.connectTimeout).unref());
      await Promise.race([Promise.allSettled([...this.pending]), bound]);
      this.tracker.dispose();
      await this.link.close();
    })();
    return this.closing;
  }

  private started(): void {
    if (this.link.events) this.tracker.listen(this.link.events);
    if (this.options.mirror) this.mirror();
    // belt and braces: the stream is read from where it stood when Redis was reached (see QueueLink)
    setTimeout(() => this.reconcile(false), 300).unref();
  }

  /** Rows also for jobs other producers add: those queued now, then each new one. */
  private mirror(): void {
    const adopted = new Set<string>();
    const adopt = (jobId: string, name: string) => {
      if (this.closing || this.tracker.has(jobId) || adopted.has(jobId)) return;
      adopted.add(jobId);
      const id = this.runtime.run(remoteWork(this.host, name, undefined, {}, name, jobId));
      const forget = () => adopted.delete(jobId);
      this.runtime.tasks.result(id).subscribe({ error: forget, complete: forget });
    };
    this.tracker.onUntracked = adopt;
    const states = ['active', 'waiting', 'delayed', 'prioritized'] as const;
    this.background(
      this.link.queue.getJobs([...states]).then((jobs) => jobs.forEach((j) => j.id && adopt(j.id, j.name))),
    );
  }

  /** Re-reads job states, one pass at a time (passes pile up while Redis is down otherwise). */
  private reconcile(all: boolean): void {
    if (this.reconciling && !all) return;
    this.reconciling = true;
    this.background(this.tracker.reconcile(!all).finally(() => (this.reconciling = false)));
  }

  private track(job: TrackedJob, add: Parameters<RemoteWorkHost['track']>[1]): void {
    if (this.closing) return job.error(new Error(`remote queue "${this.name}" is closed`));
    this.tracker.add(job);
    if (add === undefined) return void (job.added = true);
    const adding = this.link.ready.then(() => this.link.queue.add(add.fn, add.data, add.options));
    this.background(
      adding.then(
        () => void (job.added = true),
        (error: Error) => (job.error(error), this.tracker.delete(job)),
      ),
    );
  }

  private release(job: TrackedJob): void {
    this.tracker.delete(job);
    if (job.done) return;
    job.release();
    this.background(this.link.cancel(job.jobId));
  }

  /** Runs Redis work in the background; close() waits for it (a cancel must reach the workers). */
  private background(work: Promise<unknown>): void {
    const settled = work.catch(() => undefined);
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
  }
}

/**
 * Creates a {@link RemoteQueue} on `runtime`; `runtime.dispose()` closes it.
 *
 * @example
 * ```ts
 * const renders = remoteQueue(runtime, { queue: 'renders', connection: { host: '127.0.0.1', port: 6379 } });
 * ```
 */
export function remoteQueue(runtime: RemoteRuntime, options: RemoteQueueOptions): RemoteQueue {
  return new RemoteQueue(runtime, options);
}
