import type { QueueLink } from './queue-link.js';
import type { RemoteAdd } from './remote-work-host.js';
import type { TrackedJob } from './tracked-job.js';

/**
 * Jobs per pipeline. One pipeline of a whole frame's jobs (thousands in a burst) reaches
 * Redis only once all of it is encoded, and is answered only once Redis ran all of it:
 * meanwhile this process waits. Pipelines of this size go out one after the other, so
 * Redis adds the first jobs (and workers take them) while the next are encoded.
 */
const batchSize = 50;

/** One job of a batch, as BullMQ's `addBulk` takes it. */
interface BulkJob {
  name: string;
  data: unknown;
  opts: Record<string, unknown>;
}

/**
 * Adds jobs to Redis in batches: the jobs whose tasks started in one frame go out
 * together, after that frame's work, in one pipeline (BullMQ's `addBulk`: the same
 * commands as one `add` each, one write instead of one per job). A job whose row ended
 * before its batch went out is not added. A batch that fails is retried job by job, so
 * only the jobs that cannot be added fail (adding a job again with its id is a no-op).
 *
 * @example
 * ```ts
 * const adds = new JobAdds(link, (job, error) => job.error(error), (work) => void work);
 * adds.push(job, { fn: 'resize', data: { src }, jobOptions: {} });
 * ```
 */
export class JobAdds {
  private jobs: TrackedJob[] = [];
  private adds: RemoteAdd[] = [];

  constructor(
    private readonly link: QueueLink,
    /** The job could not be added (Redis unreachable, options BullMQ refuses). */
    private readonly failed: (job: TrackedJob, error: Error) => void,
    /** Runs the batch's Redis work in the background (the queue's close waits for it). */
    private readonly background: (work: Promise<unknown>) => void,
  ) {}

  push(job: TrackedJob, add: RemoteAdd): void {
    this.jobs.push(job);
    this.adds.push(add);
    // the first job of a batch: it goes out once the current (frame's) work is done
    if (this.jobs.length === 1) this.background(Promise.resolve().then(() => this.flush()));
  }

  private async flush(): Promise<void> {
    const { jobs, adds } = this;
    this.jobs = [];
    this.adds = [];
    try {
      if (!this.link.connected) await this.link.ready;
    } catch (error) {
      for (const job of jobs) this.failed(job, error as Error);
      return;
    }
    const batches: Promise<void>[] = [];
    let sent: TrackedJob[] = [];
    let bulk: BulkJob[] = [];
    jobs.forEach((job, i) => {
      const add = adds[i] as RemoteAdd;
      if (job.done) return; // its row ended first (cancelled in the frame it started in)
      sent.push(job);
      bulk.push({ name: add.fn, data: add.data, opts: { ...add.jobOptions, jobId: job.jobId } });
      if (sent.length < batchSize) return;
      batches.push(this.batch(sent, bulk));
      sent = [];
      bulk = [];
    });
    if (sent.length > 0) batches.push(this.batch(sent, bulk));
    await Promise.all(batches);
  }

  private async batch(sent: TrackedJob[], bulk: BulkJob[]): Promise<void> {
    try {
      await this.link.queue.addBulk(bulk);
      for (const job of sent) job.added = true;
    } catch {
      // not for a job whose row ended meanwhile: its cancel went out already, an add now would outlive it
      await Promise.all(sent.map((job, i) => job.done || this.one(job, bulk[i] as BulkJob)));
    }
  }

  private one(job: TrackedJob, { name, data, opts }: BulkJob): Promise<void> {
    return this.link.queue.add(name, data, opts).then(
      () => void (job.added = true),
      (error: Error) => this.failed(job, error),
    );
  }
}
