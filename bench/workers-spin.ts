/**
 * Busy-waits `ms` of wall time (a CPU-bound task of known length for the benchmarks).
 *
 * @example
 * ```ts
 * spinMs(5);
 * ```
 */
export function spinMs(ms: number): number {
  const end = performance.now() + ms;
  let n = 0;
  while (performance.now() < end) n++;
  return n;
}

/** When a task ran (its thread's `performance.now()` at start and end) and on which thread. */
export type Stamp = readonly [start: number, end: number, thread: number];

/**
 * {@link spinMs} that reports when it ran, so the bench can see how long each worker sat
 * idle between two tasks (the pool's doing) and how far a task overran (the machine's).
 *
 * @example
 * ```ts
 * const [start, end] = spinStamped(5, threadId); // end - start ≥ 5
 * ```
 */
export function spinStamped(ms: number, thread: number): Stamp {
  const start = performance.now();
  spinMs(ms);
  return [start, performance.now(), thread];
}
