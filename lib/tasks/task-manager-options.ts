import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { custom, optional } from '../validation/schema.js';
import { object } from '../validation/object.js';

/**
 * Options of a {@link TaskManager}.
 *
 * @example
 * ```ts
 * const options: TaskManagerOptions = { scheduler, maxConcurrent: 4, clearAfter: 60_000 };
 * ```
 */
export interface TaskManagerOptions {
  /** The frame scheduler tasks start, time out and deliver on. */
  readonly scheduler: FrameScheduler;
  /** Tasks running at once; the rest wait, highest priority first. Default unlimited. */
  readonly maxConcurrent?: number;
  /** Ms after which finished rows leave the table (swept lazily on frames). Default 600 000; Infinity keeps them. */
  readonly clearAfter?: number;
}

/** Validates the limits shared by the task manager and the runtime. */
export const taskLimitsShape = {
  // number() refuses Infinity, which both limits accept.
  maxConcurrent: optional(
    custom<number>(
      (n) => typeof n === 'number' && (n === Infinity || (Number.isInteger(n) && n >= 1)),
      'expected a whole number >= 1 or Infinity',
    ),
  ),
  clearAfter: optional(custom<number>((n) => typeof n === 'number' && n >= 0, 'expected ms >= 0 (Infinity: never)')),
};

/** Validates {@link TaskManagerOptions}. */
export const taskManagerOptionsSchema = object<TaskManagerOptions>({
  scheduler: custom(
    (v) =>
      typeof (v as FrameScheduler | null)?.schedule === 'function' && typeof (v as FrameScheduler).now === 'function',
    'expected a FrameScheduler',
  ),
  ...taskLimitsShape,
});
