import { parse } from '../validation/parse.js';
import { poolOptionsSchema, type PoolOptions } from './worker-pool-options.js';
import { Workers, type WorkersHost } from './workers.js';

/**
 * What {@link workerPool} returns and `createRuntime({ workers })` takes: how the runtime
 * builds its {@link Workers} on the first use of `runtime.workers`. The runtime itself
 * imports no worker code, so an app that never calls `workerPool()` bundles none.
 *
 * @example
 * ```ts
 * const factory: WorkerPoolFactory = workerPool({ size: 2 });
 * const runtime = createRuntime({ frames: intervalFrames(60), workers: factory });
 * ```
 */
export interface WorkerPoolFactory {
  /** The validated pool options. */
  readonly options: PoolOptions;
  /** Builds the runtime's workers (called once, lazily, by `runtime.workers`). */
  createWorkers(host: WorkersHost): Workers;
}

/**
 * Enables `runtime.workers`: pass the result as `createRuntime({ workers })`. The options
 * (size, idleTimeoutMs, transport, resourceLimits, cancelGraceMs) are checked here, at
 * the call; no worker starts before the first task needs one.
 *
 * @example
 * ```ts
 * const runtime = createRuntime({ frames: intervalFrames(60), workers: workerPool({ size: 2, idleTimeoutMs: 1_000 }) });
 * runtime.workers.run({ module: new URL('./mesh.worker.js', import.meta.url), fn: 'build' }, [params]);
 * ```
 */
export function workerPool(options: PoolOptions = {}): WorkerPoolFactory {
  // a copy: the pool is built on first use, after the caller's object may have changed
  const valid = { ...parse(poolOptionsSchema, options, 'options') };
  return { options: valid, createWorkers: (host) => new Workers(host, valid) };
}
