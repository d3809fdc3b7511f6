/**
 * The seed's pool size: min(4, CPU cores), from `os.availableParallelism()` under Node
 * or `navigator.hardwareConcurrency` in browsers (4 when neither is known).
 *
 * @example
 * ```ts
 * const size = defaultPoolSize(); // 2 on a 2-core machine
 * ```
 */
export function defaultPoolSize(): number {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const os = proc?.getBuiltinModule?.('node:os') as { availableParallelism?: () => number } | undefined;
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  const cores = os?.availableParallelism?.() ?? nav?.hardwareConcurrency ?? 4;
  return Math.max(1, Math.min(4, cores));
}
