/**
 * Redis names the two sides agree on for cross-process cancel (BullMQ has none): a
 * pub/sub channel for running jobs, and a key per cancelled job (with a TTL) for workers
 * that missed the message (reconnecting) or pick the job up again after a crash.
 *
 * @example
 * ```ts
 * const { channel, key } = cancelNames('bull', 'searches');
 * redis.publish(channel, jobId); redis.set(key(jobId), reason, 'EX', 3600);
 * ```
 */
export function cancelNames(prefix: string, queue: string): { channel: string; key(jobId: string): string } {
  const base = `${prefix}:${queue}:frametasks`;
  return { channel: `${base}:cancel`, key: (jobId) => `${base}:cancelled:${jobId}` };
}

/** What a cancel message carries: the job and why (`cancelled` or `timeout`). */
export type CancelWhy = 'cancelled' | 'timeout';

/** How long a cancel key lives: long enough for any retry of the job to see it. */
export const cancelKeyTtlSeconds = 24 * 3600;
