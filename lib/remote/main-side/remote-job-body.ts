import { Observable, type Subscriber, type Unsubscribable } from 'rxjs';
import type { TaskContext } from '../../tasks/task-types.js';
import type { RemoteAdd, RemoteWorkHost } from './remote-work-host.js';
import { TrackedJob, type JobSink } from './tracked-job.js';

/**
 * One start of a remote job: `body$` is the Observable its task subscribes; subscribing
 * follows (and adds) the job, its news goes to the row (this is the job's
 * {@link JobSink}) and unsubscribing releases it (this is the teardown). One object per
 * job instead of a closure per callback.
 *
 * @example
 * ```ts
 * const { body$ } = new RemoteJobBody(host, newJobId(), ctx, { fn: 'resize', data, jobOptions: {} });
 * ```
 */
export class RemoteJobBody<T> implements JobSink, Unsubscribable {
  readonly body$ = new Observable<T>((subscriber) => this.open(subscriber));
  private subscriber: Subscriber<T> | undefined = undefined;
  private job: TrackedJob | undefined = undefined;

  constructor(
    private readonly host: RemoteWorkHost,
    private readonly jobId: string,
    private readonly ctx: TaskContext,
    private readonly add: RemoteAdd | undefined,
    /** Told each progress after the row (see `frameProgress`). */
    private readonly onProgress?: (value: unknown) => void,
  ) {}

  private open(subscriber: Subscriber<T>): Unsubscribable {
    this.ctx.resultOnly?.();
    this.subscriber = subscriber;
    const job = (this.job = new TrackedJob(this.jobId, this.ctx.id, this));
    this.host.track(job, this.add);
    return this;
  }

  /** The row ended first (or the job did): stop following the job. */
  unsubscribe(): void {
    if (this.job !== undefined) this.host.release(this.job);
  }

  started(): void {
    this.ctx.started?.();
  }

  attempt(attempt: number): void {
    // the row's meta says attempt 1 from submission on (see RemoteWorkSpec): only a later
    // attempt is news, so a job's first run is one meta event (and row copy) cheaper
    if (attempt !== 1) this.ctx.setMeta?.({ attempt });
  }

  progress(value: unknown): void {
    this.ctx.progress(value);
    this.onProgress?.(value);
  }

  completed(result: unknown): void {
    this.subscriber?.next(result as T);
    this.subscriber?.complete();
  }

  failed(error: Error): void {
    this.subscriber?.error(error);
  }
}
