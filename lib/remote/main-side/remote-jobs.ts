import { RemoteConnectionError } from '../../errors.js';
import type { Runtime } from '../../runtime/runtime.js';
import { readEvents } from './event-reader.js';
import { FrameHold } from './frame-hold.js';
import { JobAdds } from './job-adds.js';
import { isOwnJobId } from './job-id.js';
import { JobTracker } from './job-tracker.js';
import { QueueLink } from './queue-link.js';
import type { parseRemoteQueueOptions } from '../remote-queue-options.js';
import { remoteWork } from '../remote-work.js';
import type { RemoteAdd, RemoteWorkHost } from './remote-work-host.js';
import type { TrackedJob } from './tracked-job.js';

/**
 * The machinery behind a {@link RemoteQueue}: its connections, the jobs it follows, the
 * re-reads of their states, and the Redis work it runs in the background.
 *
 * @example
 * ```ts
 * const jobs = new RemoteJobs(runtime, parseRemoteQueueOptions(options));
 * runtime.run(remoteWork(jobs, 'search', { q }, {}, 'search'));
 * ```
 */
export class RemoteJobs implements RemoteWorkHost {
  readonly name: string;
  readonly link: QueueLink;
  private readonly tracker: JobTracker;
  private readonly adds: JobAdds;
  /** Background Redis work not settled yet, and who waits for it to drain (close). */
  private inFlight = 0;
  private onDrained: (() => void) | undefined = undefined;
  private readonly sweep: NodeJS.Timeout;
  private closing = false;
  private reconciling = false;
  private fullPassDue = false;
  private readonly hold: FrameHold;

  constructor(
    private readonly runtime: Pick<Runtime, 'run' | 'tasks' | 'scheduler'>,
    private readonly options: ReturnType<typeof parseRemoteQueueOptions>,
  ) {
    const { queue, connection, prefix, connectTimeout, silentAfter } = options;
    this.name = queue;
    this.link = new QueueLink(queue, connection, prefix, connectTimeout);
    this.tracker = new JobTracker(this.link.queue, silentAfter);
    this.hold = new FrameHold(runtime.scheduler, () => this.tracker.size > 0 && !this.closing);
    const failed = (job: TrackedJob, error: Error) => (job.error(error), this.tracker.delete(job));
    this.adds = new JobAdds(this.link, failed, (work) => this.background(work));
    this.link.onReconnect = () => this.reconcile(true); // events may have been lost meanwhile: re-read every job
    this.link.ready.then(
      () => this.started(),
      () => undefined,
    );
    // only jobs silent for `silentAfter`: Redis load follows the jobs that went quiet, not all of them
    this.sweep = setInterval(() => this.reconcile(false), silentAfter / 2);
    this.sweep.unref();
  }

  track(job: TrackedJob, add: RemoteAdd | undefined): void {
    if (this.closing) return job.error(this.closed());
    this.tracker.add(job);
    this.hold.start(); // the frames keep coming until no job is in flight
    if (add === undefined) return void (job.added = true);
    this.adds.push(job, add);
  }

  release(job: TrackedJob): void {
    this.tracker.delete(job);
    if (job.done) return;
    job.release();
    this.background(this.link.cancel(job.jobId));
  }

  /** Waits for the background work (bounded: a Redis that is gone must not hold it forever), then closes. */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.sweep);
    const bound = new Promise((r) => setTimeout(r, this.options.connectTimeout).unref());
    const drained = this.inFlight === 0 ? undefined : new Promise<void>((r) => (this.onDrained = r));
    await Promise.race([drained, bound]);
    // nothing will tell the rows of the jobs still followed how those end: they end here, not stay pending or running
    const closed = this.closed();
    for (const job of this.tracker.snapshot()) job.error(closed);
    this.tracker.dispose();
    await this.link.close();
  }

  /** What the rows of a closed queue's jobs fail with (as the link's own close while connecting). */
  private closed(): RemoteConnectionError {
    return new RemoteConnectionError(`remote queue "${this.name}" was closed`);
  }

  private started(): void {
    if (this.link.events) void readEvents(this.link.events, this.tracker);
    if (this.options.mirror) this.mirror();
    // belt and braces for the jobs submitted before Redis was reached: the stream is read from
    // where it stood then (see QueueLink), so later jobs are followed by their events alone
    const early = this.tracker.snapshot();
    if (early.length > 0) setTimeout(() => this.background(this.tracker.reread(early)), 300).unref();
  }

  /** Rows also for jobs other producers add (not this process's own): those queued now, then each new one. */
  private mirror(): void {
    const adopted = new Set<string>();
    const adopt = (jobId: string, name: string) => {
      if (this.closing || isOwnJobId(jobId) || this.tracker.has(jobId) || adopted.has(jobId)) return;
      adopted.add(jobId);
      const id = this.runtime.run(remoteWork(this, name, undefined, {}, name, jobId, true));
      const forget = () => adopted.delete(jobId);
      this.runtime.tasks.result(id).subscribe({ error: forget, complete: forget });
    };
    this.tracker.onUntracked(adopt);
    this.background(
      this.link.queue
        .getJobs(['active', 'waiting', 'delayed', 'prioritized', 'waiting-children'])
        .then((jobs) => jobs.forEach((j) => j.id && adopt(j.id, j.name))),
    );
  }

  /**
   * Re-reads job states, one pass at a time (passes would pile up while Redis is down); a
   * full pass asked for meanwhile (a reconnect) runs right after the current one.
   */
  private reconcile(all: boolean): void {
    if (this.reconciling) {
      this.fullPassDue ||= all;
      return;
    }
    this.reconciling = true;
    const pass = this.tracker.reconcile(!all).finally(() => {
      this.reconciling = false;
      if (!this.fullPassDue || this.closing) return;
      this.fullPassDue = false;
      this.reconcile(true);
    });
    this.background(pass);
  }

  /**
   * Runs Redis work in the background; close() waits for it (a cancel must reach the
   * workers). A count, not a set of promises.
   */
  private background(work: Promise<unknown>): void {
    this.inFlight++;
    const settle = () => --this.inFlight === 0 && this.onDrained?.();
    work.then(settle, settle);
  }
}
