import type { Job } from 'bullmq';

/**
 * Sends a job's progress to Redis with at most one update in flight: values reported
 * meanwhile are coalesced to the latest (the table shows the latest anyway). After
 * `close()` nothing more is sent.
 *
 * @example
 * ```ts
 * const sender = new ProgressSender(job);
 * for (let i = 0; i < 1e6; i++) sender.report(i / 1e6); // a few updates, the last one 0.999999
 * ```
 */
export class ProgressSender {
  private inFlight = false;
  private hasNext = false;
  private next: unknown = undefined;
  private closed = false;

  constructor(private readonly job: Pick<Job, 'updateProgress'>) {}

  report(value: unknown): void {
    if (this.closed) return;
    this.next = value;
    this.hasNext = true;
    if (!this.inFlight) this.send();
  }

  close(): void {
    this.closed = true;
  }

  private send(): void {
    if (this.closed || !this.hasNext) return;
    const value = this.next;
    this.hasNext = false;
    this.inFlight = true;
    this.job.updateProgress(value as number).then(
      () => ((this.inFlight = false), this.send()),
      () => ((this.inFlight = false), this.send()), // the job ended or Redis blinked: later values still go
    );
  }
}
