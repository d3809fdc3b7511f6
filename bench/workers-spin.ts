/** Where {@link spinMs}'s arithmetic goes, so the engine cannot drop it. */
export let spun = 0;

/**
 * Busy-waits `ms` of wall time (a CPU-bound task of known length for the benchmarks). It
 * reads the clock every 512 multiply-adds (well under a µs), not in a tight loop: each
 * `performance.now()` returns a fresh heap number, so a loop of clock reads filled the
 * young generation every few ms, and the scavenges (with V8's helper threads) were
 * measured as the frames' or the workers' time, though no pool or scheduler caused them.
 *
 * @example
 * ```ts
 * spinMs(5);
 * ```
 */
export function spinMs(ms: number): number {
  const end = performance.now() + ms;
  let x = spun;
  let n = 0;
  do {
    for (let i = 0; i < 512; i++) x = (x * 31 + i) | 0;
    n++;
  } while (performance.now() < end);
  spun = x;
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
