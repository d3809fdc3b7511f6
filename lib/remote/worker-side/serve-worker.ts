import { Worker, type Job, type Processor, type WorkerOptions } from 'bullmq';
import type { CancelListener } from './cancel-listener.js';

/**
 * The BullMQ `Worker` of a {@link QueueServer}. Its processor takes fewer than three parameters, so
 * BullMQ makes no AbortSignal per job (in Node 20 making one and listening on it costs
 * more than a trivial job's share of the worker's time); `cancelJob` and `cancelAllJobs`
 * still stop this process's jobs, through the same path as a cancel sent from Redis.
 *
 * @example
 * ```ts
 * const worker = new ServeWorker('renders', (job) => run(job), { connection }, cancels);
 * worker.cancelJob('job-1'); // its ctx.signal aborts, it ends without retry
 * ```
 */
export class ServeWorker extends Worker {
  constructor(
    queue: string,
    processor: (job: Job) => unknown,
    options: WorkerOptions,
    private readonly local: CancelListener,
  ) {
    // BullMQ awaits what the processor returns: a plain value settles the job without a promise
    super(queue, processor as Processor, options);
  }

  /** Stops a job this worker runs; false when it runs none with that id. */
  override cancelJob(jobId: string): boolean {
    return this.local.stopHere(jobId);
  }

  /** Stops every job this worker runs. */
  override cancelAllJobs(): void {
    this.local.stopAllHere();
  }
}
