import type { Queue } from 'bullmq';
import type { StreamListener } from './event-reader.js';
import type { TrackedJob } from './tracked-job.js';

/** States in which a job has not (re)started: its row stays as it is. */
const waitingStates = new Set(['waiting', 'delayed', 'prioritized', 'waiting-children']);

/**
 * The jobs a remote queue follows, fed by the queue's event stream (`readEvents`) and, because that event
 * stream is not trusted alone (it misses events from before it started reading and is
 * capped in length), by re-reading job states: on start, after a reconnect and for jobs
 * that have been silent for `silentAfter` ms.
 *
 * @example
 * ```ts
 * const tracker = new JobTracker(queue, 5_000);
 * void readEvents(events, tracker);
 * tracker.add(new TrackedJob(jobId, taskId, sink));
 * ```
 */
export class JobTracker implements StreamListener {
  private readonly jobs = new Map<string, TrackedJob>();
  /** Set by {@link JobTracker.onUntracked}. */
  private adopt: ((jobId: string, name: string) => void) | undefined = undefined;

  constructor(
    private readonly queue: Queue,
    private readonly silentAfter: number,
  ) {}

  /**
   * One entry of the event stream, as Redis sent it (`event`, its name, then the other
   * fields): only the entries of tracked jobs are decoded further.
   */
  onEvent(fields: readonly string[]): void {
    const event = field(fields, 'event');
    const jobId = field(fields, 'jobId');
    const job = this.jobs.get(jobId);
    if (job === undefined) return void (event === 'added' && this.adopt?.(jobId, field(fields, 'name')));
    if (event === 'active') job.active();
    else if (event === 'progress') job.progress(JSON.parse(field(fields, 'data')));
    else if (event === 'completed') job.completed(JSON.parse(field(fields, 'returnvalue')));
    else if (event === 'failed') job.failed(field(fields, 'failedReason'));
    else if (event === 'removed') job.lost();
  }

  /** Calls `adopt` for each job added that nobody tracks (the `mirror` option). */
  onUntracked(adopt: (jobId: string, name: string) => void): void {
    this.adopt = adopt;
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

  /** Forgets every job and stops adopting. */
  dispose(): void {
    this.adopt = undefined;
    this.jobs.clear();
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

/** The value of `name` in a stream entry's `[field, value, …]` list ('' when absent). */
function field(fields: readonly string[], name: string): string {
  for (let i = 0; i < fields.length; i += 2) if (fields[i] === name) return fields[i + 1] ?? '';
  return '';
}
