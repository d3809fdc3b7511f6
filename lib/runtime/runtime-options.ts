import type { FrameSchedulerOptions } from '../scheduler/frame-scheduler-options.js';
import { frameSchedulerOptionProblems as schedulerProblems } from '../scheduler/frame-scheduler-options.js';
import { taskLimitsShape } from '../tasks/task-manager-options.js';
import { custom, optional, problem } from '../validation/schema.js';
import { object } from '../validation/object.js';
import type { WorkerPoolFactory } from '../workers/worker-pool-factory.js';

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
  /**
   * Enables `runtime.workers`: `workerPool({ size, idleTimeoutMs, transport, resourceLimits,
   * cancelGraceMs })`. Without it the runtime carries no worker code and `runtime.workers`
   * throws WorkersNotEnabledError.
   */
  readonly workers?: WorkerPoolFactory;
}

/** Validates {@link RuntimeOptions} (unknown keys are rejected). */
export const runtimeOptionsSchema = object<RuntimeOptions>({
  frames: problem(schedulerProblems.frames),
  budgetMs: problem(schedulerProblems.budgetMs),
  clock: problem(schedulerProblems.clock),
  onError: problem(schedulerProblems.onError),
  ...taskLimitsShape,
  // a structural check: importing workerPool here would bundle the workers into every runtime
  workers: optional(
    custom(
      (v) => typeof (v as WorkerPoolFactory | null)?.createWorkers === 'function',
      'expected pool options made by workerPool(options), e.g. createRuntime({ frames, workers: workerPool({ size: 2 }) })',
    ),
  ),
});
