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
