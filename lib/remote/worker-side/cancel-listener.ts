import type { RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { cancelNames } from '../cancel-channel.js';

/** A job this process runs, as the cancel channel sees it. */
export interface CancellableJob {
  cancel(): void;
}

/** How long a cancel message for a job this process does not (yet) run is remembered. */
const rememberMs = 60_000;

/**
 * The worker side of cross-process cancel: listens on the queue's cancel channel and,
 * for messages missed while reconnecting, polls the cancel keys of the jobs it runs.
 * A message that arrives before its job's processor registered is remembered.
 *
 * @example
 * ```ts
 * const cancels = new CancelListener(connection, 'bull', 'renders', 1_000);
 * cancels.watch(job.id, false, { cancel: () => controller.abort() });
 * // ... when the job ended:
 * cancels.unwatch(job.id);
 * ```
 */
export class CancelListener {
  private readonly sub: Redis;
  private readonly cmd: Redis;
  private readonly names: ReturnType<typeof cancelNames>;
  private readonly running = new Map<string, CancellableJob>();
  private readonly early = new Map<string, number>();
  private readonly poll: NodeJS.Timeout;
  readonly ready: Promise<unknown>;

  constructor(connection: RedisOptions, prefix: string, queue: string, pollMs: number) {
    this.names = cancelNames(prefix, queue);
    this.sub = new Redis({ ...connection, maxRetriesPerRequest: null });
    this.cmd = new Redis({ ...connection, maxRetriesPerRequest: null });
    for (const client of [this.sub, this.cmd]) client.on('error', () => undefined); // ioredis reconnects by itself
    this.sub.on('message', (_channel: string, jobId: string) => this.cancelled(jobId));
    this.ready = this.sub.subscribe(this.names.channel);
    this.poll = setInterval(() => void this.check([...this.running.keys()]), pollMs);
    this.poll.unref();
  }

  /** Calls `job.cancel()` when the job is cancelled; a retried job (`recheck`) looks up its key at once. */
  watch(jobId: string, recheck: boolean, job: CancellableJob): void {
    this.running.set(jobId, job);
    if (this.early.size > 0 && this.early.delete(jobId)) job.cancel();
    else if (recheck) void this.check([jobId]);
  }

  /** The job ended here: cancels for it are not this process's business any more. */
  unwatch(jobId: string): void {
    this.running.delete(jobId);
  }

  /** Stops a job this process runs (not through Redis); false when it runs none with that id. */
  stopHere(jobId: string): boolean {
    const job = this.running.get(jobId);
    job?.cancel();
    return job !== undefined;
  }

  /** Stops every job this process runs. */
  stopAllHere(): void {
    for (const job of [...this.running.values()]) job.cancel();
  }

  async close(): Promise<void> {
    clearInterval(this.poll);
    this.running.clear();
    await Promise.allSettled([this.sub.quit(), this.cmd.quit()]);
  }

  private cancelled(jobId: string): void {
    const job = this.running.get(jobId);
    if (job) return job.cancel();
    const now = Date.now();
    // oldest first (a repeat moves to the end): stop at the first one still fresh, not walk all per message
    for (const [id, at] of this.early) {
      if (at >= now - rememberMs) break;
      this.early.delete(id);
    }
    this.early.delete(jobId);
    this.early.set(jobId, now);
  }

  private async check(jobIds: string[]): Promise<void> {
    if (jobIds.length === 0 || this.cmd.status !== 'ready') return;
    const flags = await this.cmd.mget(...jobIds.map((id) => this.names.key(id))).catch(() => []);
    flags.forEach((flag, i) => flag !== null && this.running.get(jobIds[i] ?? '')?.cancel());
  }
}
