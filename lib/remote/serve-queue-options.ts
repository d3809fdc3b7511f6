import type { RedisOptions } from 'bullmq';
import { bad, positive } from './remote-queue-options.js';

/**
 * Options of {@link serveQueue}.
 *
 * @example
 * ```ts
 * serveQueue({ queue: 'renders', connection: { port: 6379 }, concurrency: 4, lockDuration: 10_000 }, fns);
 * ```
 */
export interface ServeQueueOptions {
  readonly queue: string;
  /** ioredis options (`maxRetriesPerRequest` is set to null, as BullMQ workers need). */
  readonly connection: RedisOptions;
  /** Jobs run at once by this process. Default 1. */
  readonly concurrency?: number;
  /** BullMQ key prefix. Default `bull`. */
  readonly prefix?: string;
  /**
   * Ms a job's lock lasts without renewal: a crashed worker's job is taken over after
   * about this long plus `stalledInterval`. Default 5000 (BullMQ's is 30000).
   */
  readonly lockDuration?: number;
  /** Ms between checks for stalled jobs. Default half of `lockDuration`. */
  readonly stalledInterval?: number;
  /** Crashes a job may survive before it fails with RemoteStalledError. Default 1. */
  readonly maxStalledCount?: number;
  /**
   * `thread`: each job runs in its own worker thread, terminated on cancel and timeout
   * (for CPU-bound code that does not watch its signal). The functions are then given as
   * a module URL. Default `inline`.
   */
  readonly isolate?: 'inline' | 'thread';
  /** Ms a thread gets to return after its signal aborted before it is terminated. Default 200. */
  readonly terminateAfter?: number;
  /** Ms between checks of the cancel keys of running jobs (when a cancel message was missed). Default 1000. */
  readonly cancelPoll?: number;
}

const keys = ['queue', 'connection', 'concurrency', 'prefix', 'lockDuration', 'stalledInterval'];
const allKeys = [...keys, 'maxStalledCount', 'isolate', 'terminateAfter', 'cancelPoll'];

/**
 * Checks {@link ServeQueueOptions} and fills in the defaults.
 *
 * @example
 * ```ts
 * const o = parseServeQueueOptions({ queue: 'q', connection: {} });
 * ```
 */
export function parseServeQueueOptions(options: ServeQueueOptions): Required<ServeQueueOptions> {
  if (typeof options !== 'object' || options === null) bad('options', options, 'expected an object');
  for (const key of Object.keys(options)) if (!allKeys.includes(key)) bad(`options.${key}`, key, 'unknown option');
  const { queue, connection, concurrency = 1, prefix = 'bull', lockDuration = 5_000, isolate = 'inline' } = options;
  if (typeof queue !== 'string' || !/^[\w.-]+$/.test(queue)) bad('options.queue', queue, 'expected a name');
  if (typeof connection !== 'object' || connection === null)
    bad('options.connection', connection, 'expected ioredis options');
  if (!Number.isInteger(concurrency) || concurrency < 1)
    bad('options.concurrency', concurrency, 'expected an integer >= 1');
  if (typeof prefix !== 'string' || prefix === '') bad('options.prefix', prefix, 'expected a non-empty string');
  if (isolate !== 'inline' && isolate !== 'thread') bad('options.isolate', isolate, 'expected "inline" or "thread"');
  const { stalledInterval = lockDuration / 2, maxStalledCount = 1, terminateAfter = 200, cancelPoll = 1_000 } = options;
  for (const [name, value] of Object.entries({ lockDuration, stalledInterval, terminateAfter, cancelPoll })) {
    positive(`options.${name}`, value);
  }
  if (!Number.isInteger(maxStalledCount) || maxStalledCount < 0) {
    bad('options.maxStalledCount', maxStalledCount, 'expected an integer >= 0');
  }
  return {
    queue,
    connection,
    concurrency,
    prefix,
    lockDuration,
    stalledInterval,
    maxStalledCount,
    isolate,
    terminateAfter,
    cancelPoll,
  };
}
