/**
 * The default pool size: one worker per CPU core but one, at least 1 and at most 4
 * (`os.availableParallelism()` under Node, `navigator.hardwareConcurrency` in browsers; 4
 * cores when neither is known). The core left over is the main thread's: a frame loop
 * preempted by CPU-bound workers on every core misses its frames (workerpool's default,
 * cores − 1, for the same reason; the seed's min(4, cores) filled every core).
 *
 * @example
 * ```ts
 * const size = defaultPoolSize(); // 1 on a 2-core machine, 3 on 4 cores
 * ```
 */
export function defaultPoolSize(): number {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const os = proc?.getBuiltinModule?.('node:os') as { availableParallelism?: () => number } | undefined;
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  const cores = os?.availableParallelism?.() ?? nav?.hardwareConcurrency ?? 4;
  return Math.max(1, Math.min(4, cores - 1));
}
