import type { Queue, QueueEvents } from 'bullmq';
import type { TrackedJob } from './tracked-job.js';

/** States in which a job has not (re)started: its row stays as it is. */
const waitingStates = new Set(['waiting', 'delayed', 'prioritized', 'waiting-children']);

/**
 * The jobs a remote queue follows, fed by BullMQ's `QueueEvents` and, because that event
 * stream is not trusted alone (it misses events from before it started reading and is
 * capped in length), by re-reading job states: on start, after a reconnect and for jobs
 * that have been silent for `silentAfter` ms.
 *
 * @example
 * ```ts
 * const tracker = new JobTracker(queue, 5_000);
 * tracker.listen(events);
 * tracker.add(new TrackedJob(jobId, taskId, sink));
 * ```
 */
export class JobTracker {
  private readonly jobs = new Map<string, TrackedJob>();
  private readonly listeners: [string, (...args: any[]) => void][] = [];
  private events: QueueEvents | undefined = undefined;

  constructor(
    private readonly queue: Queue,
    private readonly silentAfter: number,
  ) {}

  /** Follows the event stream (once connected). */
  listen(events: QueueEvents): void {
    this.events = events;
    this.on('active', ({ jobId }: { jobId: string }) => this.jobs.get(jobId)?.active());
    this.on('progress', ({ jobId, data }: { jobId: string; data: unknown }) => this.jobs.get(jobId)?.progress(data));
    this.on('completed', ({ jobId, returnvalue }: { jobId: string; returnvalue: unknown }) =>
      this.jobs.get(jobId)?.completed(returnvalue),
    );
    this.on('failed', ({ jobId, failedReason }: { jobId: string; failedReason: string }) =>
      this.jobs.get(jobId)?.failed(failedReason),
    );
    this.on('removed', ({ jobId }: { jobId: string }) => this.jobs.get(jobId)?.lost());
  }

  /**
   * Calls `adopt` for each job added that nobody tracks (the `mirror` option; after
   * {@link JobTracker.listen}). Without it no `added` listener runs for every job.
   */
  onUntracked(adopt: (jobId: string, name: string) => void): void {
    this.on('added', ({ jobId, name }: { jobId: string; name: string }) => {
      if (!this.jobs.has(jobId)) adopt(jobId, name);
    });
  }

  get size(): number {
    return this.jobs.size;
  }

  has(jobId: string): boolean {
    return this.jobs.has(jobId);
  }

  add(job: TrackedJob): void {
    this.jobs.set(job.jobId, job);
  }

  delete(job: TrackedJob): void {
    if (this.jobs.get(job.jobId) === job) this.jobs.delete(job.jobId);
  }

  /** Re-reads every tracked job (after a reconnect), or only those silent for too long. */
  async reconcile(onlySilent: boolean): Promise<void> {
    const before = Date.now() - this.silentAfter;
    await this.reread([...this.jobs.values()].filter((j) => !onlySilent || j.lastHeard < before));
  }

  /** The jobs followed now (for a later {@link JobTracker.reread}). */
  snapshot(): TrackedJob[] {
    return [...this.jobs.values()];
  }

  /** Re-reads the state of those of `jobs` that were added and have not ended. */
  async reread(jobs: readonly TrackedJob[]): Promise<void> {
    await Promise.all(jobs.filter((j) => j.added && !j.done).map((j) => this.rereadOne(j)));
  }

  /** Stops listening to the event stream. */
  dispose(): void {
    for (const [name, listener] of this.listeners.splice(0)) this.events?.off(name as 'active', listener);
    this.jobs.clear();
  }

  private on(name: string, listener: (...args: any[]) => void): void {
    this.listeners.push([name, listener]);
    this.events?.on(name as 'active', listener);
  }

  private async rereadOne(tracked: TrackedJob): Promise<void> {
    // the state first: once it is final the job's hash holds the result (read in the other order, a
    // job finishing between the two reads would look completed without its return value)
    const state = await this.queue.getJobState(tracked.jobId);
    const job = state === 'unknown' ? undefined : await this.queue.getJob(tracked.jobId);
    if (tracked.done) return;
    if (job === undefined) {
      // a job removed as it ended (removeOnComplete) may have its end event still on the way
      // (read after this reply, or in a reconnect's backlog): lost when a later read misses it too
      if (tracked.missing) return tracked.lost();
      tracked.missing = true;
      tracked.lastHeard = Date.now();
      return;
    }
    if (state === 'completed') return tracked.completed(job.returnvalue);
    if (state === 'failed') return tracked.failed(job.failedReason);
    const attempt = job.attemptsStarted ?? 0;
    if (state === 'active' || (waitingStates.has(state) && attempt > 0)) return tracked.active(Math.max(attempt, 1));
    tracked.lastHeard = Date.now();
  }
}
