import type { Job } from 'bullmq';
import { TaskCancelledError } from '../../errors.js';
import { JobStop } from './job-stop.js';
import { ProgressSender } from './progress-sender.js';
import type { RemoteJobContext } from '../remote-function.js';

/**
 * One job a worker runs: the function's context (signal, progress, id, attempt) and how
 * the job is stopped, in one object, so a served job costs no closures.
 *
 * @example
 * ```ts
 * const served = new ServedJob(job);
 * cancels.watch(served.jobId, false, served);
 * const result = await served.race(fn(job.data, served));
 * served.end();
 * ```
 */
export class ServedJob extends JobStop implements RemoteJobContext {
  readonly jobId: string;
  readonly attempt: number;
  /** The workers' own deadline (`ftTimeout`), if any. */
  deadline: NodeJS.Timeout | undefined = undefined;
  private sender: ProgressSender | undefined = undefined;

  constructor(private readonly job: Job) {
    super();
    this.jobId = job.id ?? '';
    this.attempt = job.attemptsStarted;
  }

  progress(value: unknown): void {
    (this.sender ??= new ProgressSender(this.job)).report(value);
  }

  /** A cancel reached this process (through Redis or the worker's `cancelJob`). */
  cancel(): void {
    this.stop(new TaskCancelledError(this.jobId));
  }

  /** The job ended: no more progress, no deadline. */
  end(): void {
    clearTimeout(this.deadline);
    this.sender?.close();
  }
}
