import type { RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { cancelNames } from './cancel-channel.js';

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
 * const unwatch = cancels.watch(job.id, () => controller.abort());
 * ```
 */
export class CancelListener {
  private readonly sub: Redis;
  private readonly cmd: Redis;
  private readonly names: ReturnType<typeof cancelNames>;
  private readonly running = new Map<string, () => void>();
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

  /** Calls `stop` when the job is cancelled; a retried job (`recheck`) looks up its key at once. */
  watch(jobId: string, recheck: boolean, stop: () => void): () => void {
    this.running.set(jobId, stop);
    if (this.early.delete(jobId)) stop();
    else if (recheck) void this.check([jobId]);
    return () => this.running.delete(jobId);
  }

  /** Stops a job this process runs (not through Redis); false when it runs none with that id. */
  stopHere(jobId: string): boolean {
    const stop = this.running.get(jobId);
    stop?.();
    return stop !== undefined;
  }

  /** Stops every job this process runs. */
  stopAllHere(): void {
    for (const stop of [...this.running.values()]) stop();
  }

  async close(): Promise<void> {
    clearInterval(this.poll);
    this.running.clear();
    await Promise.allSettled([this.sub.quit(), this.cmd.quit()]);
  }

  private cancelled(jobId: string): void {
    const stop = this.running.get(jobId);
    if (stop) return stop();
    const now = Date.now();
    for (const [id, at] of this.early) if (at < now - rememberMs) this.early.delete(id);
    this.early.set(jobId, now);
  }

  private async check(jobIds: string[]): Promise<void> {
    if (jobIds.length === 0 || this.cmd.status !== 'ready') return;
    const flags = await this.cmd.mget(...jobIds.map((id) => this.names.key(id))).catch(() => []);
    flags.forEach((flag, i) => flag !== null && this.running.get(jobIds[i] ?? '')?.());
  }
}
