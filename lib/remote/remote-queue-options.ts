import type { RedisOptions } from 'bullmq';
import { InvalidArgumentError } from '../errors.js';
import { describeValue } from '../validation/describe-value.js';
import { checkSerialisable } from './check-serialisable.js';

/**
 * BullMQ job options a remote task may set (all optional): retries, backoff, delay,
 * BullMQ priority (1 is highest) and retention. Delivered to BullMQ as given.
 *
 * @example
 * ```ts
 * const job: RemoteJobOptions = { attempts: 3, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: 1000 };
 * ```
 */
export interface RemoteJobOptions {
  readonly attempts?: number;
  readonly backoff?: number | { readonly type: 'fixed' | 'exponential'; readonly delay?: number };
  readonly delay?: number;
  readonly priority?: number;
  readonly removeOnComplete?: boolean | number | { readonly age?: number; readonly count?: number };
  readonly removeOnFail?: boolean | number | { readonly age?: number; readonly count?: number };
}

/**
 * Options of {@link remoteQueue}.
 *
 * @example
 * ```ts
 * const o: RemoteQueueOptions = { queue: 'renders', connection: { host: '127.0.0.1', port: 6379 }, mirror: true };
 * ```
 */
export interface RemoteQueueOptions {
  /** The BullMQ queue's name (the workers' `serveQueue` uses the same). */
  readonly queue: string;
  /** ioredis options of the Redis holding the queue (`maxRetriesPerRequest` is set to null). */
  readonly connection: RedisOptions;
  /** BullMQ key prefix. Default `bull`. */
  readonly prefix?: string;
  /** Ms to reach Redis before tasks fail with RemoteConnectionError. Default 5000. */
  readonly connectTimeout?: number;
  /** Ms without news after which a job's state is re-read from Redis. Default 5000. */
  readonly silentAfter?: number;
  /** Ms the workers wait past a task's timeout before stopping it themselves (the main side stops it first). Default 2000. */
  readonly timeoutGrace?: number;
  /** Rows also for jobs other producers add to the queue. Default false. */
  readonly mirror?: boolean;
  /** BullMQ options for every job of this queue (each call may override them). */
  readonly job?: RemoteJobOptions;
}

const keys = ['queue', 'connection', 'prefix', 'connectTimeout', 'silentAfter', 'timeoutGrace', 'mirror', 'job'];

/**
 * Checks {@link RemoteQueueOptions} and fills in the defaults.
 *
 * @example
 * ```ts
 * const o = parseRemoteQueueOptions({ queue: 'q', connection: { port: 6379 } });
 * ```
 */
export function parseRemoteQueueOptions(options: RemoteQueueOptions): Required<Omit<RemoteQueueOptions, 'job'>> & {
  job: RemoteJobOptions;
} {
  if (typeof options !== 'object' || options === null) bad('options', options, 'expected an object');
  for (const key of Object.keys(options)) if (!keys.includes(key)) bad(`options.${key}`, key, 'unknown option');
  const { queue, connection, prefix = 'bull', connectTimeout = 5_000, silentAfter = 5_000 } = options;
  if (typeof queue !== 'string' || !/^[\w.-]+$/.test(queue)) bad('options.queue', queue, 'expected a name');
  if (typeof connection !== 'object' || connection === null)
    bad('options.connection', connection, 'expected ioredis options');
  if (typeof prefix !== 'string' || prefix === '') bad('options.prefix', prefix, 'expected a non-empty string');
  const timeoutGrace = options.timeoutGrace ?? 2_000;
  positive('options.connectTimeout', connectTimeout);
  positive('options.silentAfter', silentAfter);
  positive('options.timeoutGrace', timeoutGrace);
  const mirror = options.mirror ?? false;
  if (typeof mirror !== 'boolean') bad('options.mirror', mirror, 'expected a boolean');
  const job = checkJobOptions(options.job ?? {}, 'options.job');
  return { queue, connection, prefix, connectTimeout, silentAfter, timeoutGrace, mirror, job };
}

/**
 * Checks BullMQ job options: a plain object of JSON data.
 *
 * @example
 * ```ts
 * checkJobOptions({ attempts: 3 }, 'options.job');
 * ```
 */
export function checkJobOptions(job: RemoteJobOptions, name: string): RemoteJobOptions {
  if (typeof job !== 'object' || job === null || Array.isArray(job)) bad(name, job, 'expected an object');
  checkSerialisable(job, name);
  if (job.attempts !== undefined && !(Number.isInteger(job.attempts) && job.attempts >= 1)) {
    bad(`${name}.attempts`, job.attempts, 'expected an integer >= 1');
  }
  return job;
}

/**
 * Throws an InvalidArgumentError unless `value` is a positive finite number of ms.
 *
 * @example
 * ```ts
 * positive('options.timeout', 100);
 * ```
 */
export function positive(name: string, value: unknown): void {
  if (!Number.isFinite(value) || (value as number) <= 0) bad(name, value, 'expected a positive number');
}

/**
 * Throws an InvalidArgumentError naming the argument and quoting the bad value.
 *
 * @example
 * ```ts
 * bad('fn', 42, 'expected a function name');
 * ```
 */
export function bad(name: string, value: unknown, why: string): never {
  throw new InvalidArgumentError(`${name}: ${why} (got ${describeValue(value)})`);
}
