import { Queue, QueueEvents, type QueueEventsOptions, type RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { RemoteConnectionError } from '../../errors.js';
import { cancelKeyTtlSeconds, cancelNames } from '../cancel-channel.js';

/**
 * The main side's connections to one queue: a BullMQ `Queue` (adds, reads, removes) and a
 * `QueueEvents` (the event stream). `ready` rejects with a {@link RemoteConnectionError}
 * when Redis cannot be reached within `connectTimeout` ms, instead of waiting forever.
 *
 * @example
 * ```ts
 * const link = new QueueLink('renders', { host: '127.0.0.1', port: 6379 }, 'bull', 5_000);
 * await link.ready;
 * ```
 */
export class QueueLink {
  readonly queue: Queue;
  /**
   * The event stream's blocking connection, created once the queue connected (BullMQ cannot
   * close one that never connected); read by `readEvents`, not by its own loop.
   */
  events: QueueEvents | undefined = undefined;
  /** Publishes cancels; its reconnects tell that Redis came back. */
  private readonly cmd: Redis;
  readonly ready: Promise<void>;
  /** Called when the event stream's connection came back after a loss. */
  onReconnect: () => void = () => undefined;
  private lastError: unknown = undefined;
  /** Whether `ready` resolved: commands may be sent at once. */
  connected = false;
  private closing: Promise<void> | undefined = undefined;
  private readonly names: ReturnType<typeof cancelNames>;

  constructor(
    readonly name: string,
    connection: RedisOptions,
    private readonly prefix: string,
    connectTimeout: number,
  ) {
    // blocking readers need maxRetriesPerRequest: null; commands then wait out a Redis restart
    const options = { connection: { ...connection, maxRetriesPerRequest: null }, prefix };
    this.queue = new Queue(name, options);
    this.names = cancelNames(prefix, name);
    const remember = (error: unknown) => (this.lastError = error);
    this.cmd = new Redis({ ...connection, maxRetriesPerRequest: null });
    this.cmd.on('error', remember);
    this.queue.on('error', remember);
    this.ready = this.connect(connection, connectTimeout, options);
    this.ready.catch(() => undefined); // observed by callers of ready(); never unhandled
  }

  /** Tells whichever worker holds the job to stop, and removes it if it still waits. */
  async cancel(jobId: string): Promise<void> {
    await this.ready;
    await this.cmd
      .multi()
      .set(this.names.key(jobId), '1', 'EX', cancelKeyTtlSeconds)
      .publish(this.names.channel, jobId)
      .exec();
    await this.queue.remove(jobId); // 0 when a worker holds it: the message above stops it
  }

  async close(): Promise<void> {
    this.closing ??= (async () => {
      // BullMQ's close() also stops clients that never connected
      if (this.connected) await this.cmd.quit().catch(() => undefined);
      else this.cmd.disconnect();
      await Promise.allSettled([this.events?.close(), this.queue.close()]);
    })();
    return this.closing;
  }

  private async connect(connection: RedisOptions, connectTimeout: number, options: QueueEventsOptions): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.unreachable(connection, connectTimeout)), connectTimeout);
    });
    try {
      const cmdReady = new Promise((resolve) => this.cmd.once('ready', resolve));
      await Promise.race([Promise.all([this.queue.waitUntilReady(), cmdReady]), expired]);
      if (this.closing) throw new RemoteConnectionError(`remote queue "${this.name}" was closed while connecting`);
      // read the event stream from where it stands now, not from whenever the blocking read
      // begins: events of jobs added from here on (and of jobs listed from here on) are not missed
      const last = await Promise.race([
        this.cmd.xrevrange(`${this.prefix}:${this.name}:events`, '+', '-', 'COUNT', 1),
        expired,
      ]);
      this.events = new QueueEvents(this.name, { ...options, lastEventId: last[0]?.[0] ?? '0-0', autorun: false });
      this.events.on('error', (error) => (this.lastError = error));
      await Promise.race([this.events.waitUntilReady(), expired]);
    } finally {
      clearTimeout(timer);
    }
    this.connected = true;
    this.cmd.on('ready', () => this.onReconnect());
  }

  private unreachable(connection: RedisOptions, ms: number): RemoteConnectionError {
    const where = connection.path ?? `${connection.host ?? '127.0.0.1'}:${connection.port ?? 6379}`;
    const last = this.lastError instanceof Error ? ` (last error: ${this.lastError.message})` : '';
    const error = new RemoteConnectionError(
      `cannot reach Redis at ${where} for queue "${this.name}" within ${ms} ms${last}`,
    );
    void this.close();
    return error;
  }
}
