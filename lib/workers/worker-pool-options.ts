import { isObservable, type Observable } from 'rxjs';
import * as z from 'zod/mini';
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
  /** Pool workers at most (standalone workers do not count). Default min(4, CPU cores). */
  readonly size?: number;
  /** An idle worker is terminated after this many ms. Default 2000. */
  readonly idleTimeoutMs?: number;
  /** How workers are started. Default: Node `worker_threads` under Node, Web Workers elsewhere. */
  readonly transport?: WorkerTransport;
  /** Node only: memory limits per worker, e.g. `{ maxOldGenerationSizeMb: 256 }`. */
  readonly resourceLimits?: Readonly<Record<string, number>>;
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

const whole = (min: number) =>
  z
    .number({ error: 'expected a whole number' })
    .check(z.refine((n) => Number.isInteger(n) && n >= min, `expected a whole number >= ${min}`));

/**
 * Validates {@link WorkerPoolOptions}.
 *
 * @example
 * ```ts
 * const o = parse(workerPoolOptionsSchema, options, 'options');
 * ```
 */
export const workerPoolOptionsSchema = z.strictObject({
  scheduler: z.custom<FrameDelivery>((v) => typeof (v as FrameDelivery | null)?.atStartOfFrame === 'function', {
    error: 'expected a FrameScheduler (something with atStartOfFrame)',
  }),
  size: z.optional(whole(1)),
  idleTimeoutMs: z.optional(millisSchema),
  transport: z.optional(
    z.custom<WorkerTransport>((v) => typeof (v as WorkerTransport | null)?.spawn === 'function', {
      error: 'expected a WorkerTransport (something with spawn)',
    }),
  ),
  resourceLimits: z.optional(z.record(z.string(), z.number())),
  cancelGraceMs: z.optional(millisSchema),
});

/**
 * Validates {@link ExecOptions}.
 *
 * @example
 * ```ts
 * const o = parse(execOptionsSchema, options, 'options');
 * ```
 */
export const execOptionsSchema = z.strictObject({
  priority: z.optional(z.number().check(z.refine(Number.isFinite, 'expected a finite number'))),
  standalone: z.optional(z.boolean()),
  transfer: z.optional(z.array(z.any())),
  progress: z.optional(z.enum(['latest', 'all'])),
  onProgress: z.optional(functionSchema),
  inbox: z.optional(z.custom<Observable<unknown>>(isObservable, { error: 'expected an Observable' })),
});
