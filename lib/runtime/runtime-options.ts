import * as z from 'zod/mini';
import type { FrameSchedulerOptions } from '../scheduler/frame-scheduler-options.js';
import { frameSchedulerOptionsSchema } from '../scheduler/frame-scheduler-options.js';
import { taskLimitsShape } from '../tasks/task-manager-options.js';
import type { WorkerPoolOptions } from '../workers/worker-pool-options.js';

type PoolOptions = Omit<WorkerPoolOptions, 'scheduler'>;

/**
 * Options of {@link createRuntime}: the frame scheduler's (frames, budgetMs, clock,
 * onError) plus the task manager's limits.
 *
 * @example
 * ```ts
 * const options: RuntimeOptions = { frames: intervalFrames(60), budgetMs: 8, maxConcurrent: 4, clearAfter: 60_000 };
 * ```
 */
export interface RuntimeOptions extends FrameSchedulerOptions {
  /** Tasks running at once; the rest wait, highest priority first. Default unlimited. */
  readonly maxConcurrent?: number;
  /** Ms after which finished rows leave the table. Default 600 000 (the seed's 600 s). */
  readonly clearAfter?: number;
  /** Options of `runtime.workers`' pool (size, idleTimeoutMs, transport, resourceLimits, cancelGraceMs). */
  readonly workers?: PoolOptions;
}

/** Validates {@link RuntimeOptions} (unknown keys are rejected). */
export const runtimeOptionsSchema = z.extend(frameSchedulerOptionsSchema, {
  ...taskLimitsShape,
  // checked in full by the pool when `runtime.workers` is first used
  workers: z.optional(
    z.custom<PoolOptions>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
      error: 'expected pool options (an object)',
    }),
  ),
});

/**
 * Splits validated runtime options into the scheduler's part and the manager's part.
 *
 * @example
 * ```ts
 * const { scheduler, limits, workers } = splitRuntimeOptions(parsed);
 * ```
 */
export function splitRuntimeOptions(o: z.output<typeof runtimeOptionsSchema>): {
  scheduler: FrameSchedulerOptions;
  limits: { maxConcurrent?: number; clearAfter?: number };
  workers: PoolOptions | undefined;
} {
  const { maxConcurrent, clearAfter, workers, ...scheduler } = o;
  const limits: { maxConcurrent?: number; clearAfter?: number } = {};
  if (maxConcurrent !== undefined) limits.maxConcurrent = maxConcurrent;
  if (clearAfter !== undefined) limits.clearAfter = clearAfter;
  return { scheduler: scheduler as FrameSchedulerOptions, limits, workers };
}
