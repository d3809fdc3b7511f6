import type { Runtime } from '../runtime/runtime.js';
import type { DefinedWork } from '../tasks/define-work.js';
import { checkSerialisable } from './check-serialisable.js';
import { frameProgress, frameResults } from './main-side/frame-hooks.js';
import { newJobId } from './main-side/job-id.js';
import {
  bad,
  parseRemoteQueueOptions,
  type RemoteJobOptions,
  type RemoteQueueOptions,
} from './remote-queue-options.js';
import { checkRunOptions, type RemoteRunOptions, type RemoteWorkOptions } from './remote-run-options.js';
import { RemoteJobs } from './main-side/remote-jobs.js';
import { remoteWork } from './remote-work.js';

/**
 * What a remote queue needs of a runtime.
 *
 * @example
 * ```ts
 * const runtime: RemoteRuntime = createRuntime({ frames: intervalFrames(60) });
 * ```
 */
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
  private readonly jobs: RemoteJobs;
  private readonly options: ReturnType<typeof parseRemoteQueueOptions>;
  private readonly removeTeardown: () => void;
  private closing: Promise<void> | undefined = undefined;

  constructor(
    private readonly runtime: RemoteRuntime,
    options: RemoteQueueOptions,
  ) {
    this.options = parseRemoteQueueOptions(options);
    this.name = this.options.queue;
    this.jobs = new RemoteJobs(runtime, this.options);
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
    checkCall(fn, data);
    checkRunOptions(options, false);
    const { timeout, job, description } = options;
    return remoteWork<T>(this.jobs, fn, data, this.jobOptions(timeout, job), description ?? fn);
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
  run<T = unknown>(fn: string, data: unknown, options: RemoteRunOptions<T> = noOptions): string {
    if (options !== noOptions) checkRunOptions(options, true);
    const { description, timeout, job, info, priority, onProgress, onSuccess, onError } = options;
    checkCall(fn, data);
    // run's work runs once: its job id is drawn now, so the row shows it from submission on
    const progress = onProgress && frameProgress(this.runtime.scheduler, onProgress);
    const jobOptions = this.jobOptions(timeout, job);
    const work = remoteWork<T>(this.jobs, fn, data, jobOptions, description ?? fn, newJobId(), false, progress);
    const none = info === undefined && timeout === undefined && priority === undefined;
    const id = this.runtime.run(work, none ? undefined : { info, timeout, priority });
    if (onSuccess || onError) frameResults(this.runtime, id, { onSuccess, onError });
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
    return this.jobs.link.ready;
  }

  /**
   * Stops following jobs (cancels sent before are delivered first) and closes the
   * connections; `runtime.dispose()` calls it. Jobs already queued stay in Redis; the rows
   * of those still followed fail with RemoteConnectionError (nothing will tell them how the jobs end).
   *
   * @example
   * ```ts
   * await searches.close();
   * ```
   */
  close(): Promise<void> {
    this.removeTeardown();
    this.closing ??= this.jobs.close(); // cancels sent before reach the workers first
    return this.closing;
  }

  /** BullMQ options of a job: the queue's, the call's, and the workers' own deadline (`ftTimeout`). */
  private jobOptions(timeout: number | undefined, job: RemoteJobOptions | undefined): object {
    if (timeout === undefined && job === undefined) return this.options.job; // the common case: nothing to merge
    const deadline = timeout === undefined ? {} : { ftTimeout: timeout + this.options.timeoutGrace };
    return { ...this.options.job, ...job, ...deadline };
  }
}

/** The options of a call that passed none (checked once, not per call). */
const noOptions: RemoteRunOptions<any> = Object.freeze({});

/** Throws at the call for a bad function name or data that cannot travel as JSON. */
function checkCall(fn: unknown, data: unknown): void {
  if (typeof fn !== 'string' || fn === '') bad('fn', fn, 'expected a function name');
  checkSerialisable(data, 'data');
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
