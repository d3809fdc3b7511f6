import type { Observable } from 'rxjs';
import { isObservable } from '../rx.js';
import { array, boolean, check, custom, number, oneOf, optional } from '../validation/schema.js';
import { object, record } from '../validation/object.js';
import { functionSchema, millisSchema } from '../validation/schemas.js';
import type { FrameDelivery, ProgressMode } from './frame-inbox.js';
import type { WorkerTransport } from './worker-transport.js';

/**
 * Options of a {@link WorkerPool}.
 *
 * @example
 * ```ts
 * const options: WorkerPoolOptions = { scheduler: runtime.scheduler, size: 2, idleTimeoutMs: 1_000 };
 * ```
 */
export interface WorkerPoolOptions {
  /** Where results, progress and hooks are delivered: the start phase of its frames. */
  readonly scheduler: FrameDelivery;
  /** Pool workers at most (standalone workers do not count). Default CPU cores − 1, from 1 to 4. */
  readonly size?: number;
  /** An idle worker is terminated after this many ms. Default 2000. */
  readonly idleTimeoutMs?: number;
  /** How workers are started. Default: Node `worker_threads` under Node, Web Workers elsewhere. */
  readonly transport?: WorkerTransport;
  /** Node only: memory limits per worker, e.g. `{ maxOldGenerationSizeMb: 256 }`. */
  readonly resourceLimits?: Readonly<Record<string, number>>;
  /**
   * Node on Linux only: how much lower than the main thread the worker threads run, in
   * nice steps (0-19, added to the main thread's nice value as `nice -n` does; default 0).
   * Above 0 the workers yield the cores to the main thread when they compete for them,
   * so CPU-bound workers do not stretch its frames; they also yield to other processes.
   */
  readonly nice?: number;
  /**
   * On cancel or timeout of a running call: abort its `ctx.signal` and give it this many
   * ms to end before its worker is terminated. Default 0: terminate at once.
   */
  readonly cancelGraceMs?: number;
}

/**
 * Options of one {@link WorkerPool.exec} call.
 *
 * @example
 * ```ts
 * pool.exec(target, [img], { priority: 1, transfer: [img.data.buffer], onProgress: (p) => bar.set(p) });
 * ```
 */
export interface ExecOptions {
  /** Higher runs first among queued tasks. Default 0. */
  readonly priority?: number;
  /** Run in a dedicated worker outside the pool (long-lived work). Default false. */
  readonly standalone?: boolean;
  /** Objects moved to the worker instead of copied (ArrayBuffers, ports). */
  readonly transfer?: readonly Transferable[];
  /** `latest` (default): one value per frame; `all`: an array of every value, in order. */
  readonly progress?: ProgressMode;
  /** Called at the start of a frame with the task's progress (see `progress`). */
  readonly onProgress?: (progress: any) => void;
  /**
   * Messages to the call while it runs (`ctx.onMessage` in the worker), in order; values
   * sent before the worker started it wait for it, values after it ended are dropped.
   * Subscribed with the call; an error on it cancels the call and is emitted.
   */
  readonly inbox?: Observable<unknown>;
}

/** Validates a {@link WorkerTransport} (something with `spawn`). */
export const transportSchema = custom<WorkerTransport>(
  (v) => typeof (v as WorkerTransport | null)?.spawn === 'function',
  'expected a WorkerTransport (something with spawn)',
);

/**
 * The pool's options but its scheduler: what `workerPool()` takes (the runtime gives the
 * scheduler).
 *
 * @example
 * ```ts
 * const options: PoolOptions = { size: 2, idleTimeoutMs: 1_000 };
 * ```
 */
export type PoolOptions = Omit<WorkerPoolOptions, 'scheduler'>;

const poolOptionsShape = {
  size: optional(
    check(number('expected a whole number'), [(n) => Number.isInteger(n) && n >= 1, 'expected a whole number >= 1']),
  ),
  idleTimeoutMs: optional(millisSchema),
  transport: optional(transportSchema),
  resourceLimits: optional(record(number())),
  nice: optional(
    check(number('expected a whole number'), [(n) => Number.isInteger(n) && n >= 0 && n <= 19, 'expected 0 to 19']),
  ),
  cancelGraceMs: optional(millisSchema),
};

/**
 * Validates {@link WorkerPoolOptions}.
 *
 * @example
 * ```ts
 * const o = parse(workerPoolOptionsSchema, options, 'options');
 * ```
 */
export const workerPoolOptionsSchema = object<WorkerPoolOptions>({
  scheduler: custom(
    (v) => typeof (v as FrameDelivery | null)?.atStartOfFrame === 'function',
    'expected a FrameScheduler (something with atStartOfFrame)',
  ),
  ...poolOptionsShape,
});

/**
 * Validates {@link PoolOptions}.
 *
 * @example
 * ```ts
 * const o = parse(poolOptionsSchema, { size: 2 }, 'options');
 * ```
 */
export const poolOptionsSchema = object<PoolOptions>(poolOptionsShape);

/** The schemas of {@link ExecOptions}' keys (run options extend them). */
export const execOptionsShape = {
  priority: optional(number()),
  standalone: optional(boolean()),
  transfer: optional(array()),
  progress: optional(oneOf(['latest', 'all'])),
  onProgress: optional(functionSchema),
  inbox: optional(custom(isObservable, 'expected an Observable')),
};

/**
 * Validates {@link ExecOptions}.
 *
 * @example
 * ```ts
 * const o = parse(execOptionsSchema, options, 'options');
 * ```
 */
export const execOptionsSchema = object<ExecOptions>(execOptionsShape);
