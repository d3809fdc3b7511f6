import { z } from 'zod';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';

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
  maxConcurrent: z
    .number({ error: 'expected a whole number >= 1' })
    .refine((n) => n === Infinity || (Number.isInteger(n) && n >= 1), 'expected a whole number >= 1 or Infinity')
    .optional(),
  clearAfter: z
    .number({ error: 'expected a number of milliseconds' })
    .refine((n) => !Number.isNaN(n) && n >= 0, 'expected a number >= 0 (Infinity: never)')
    .optional(),
};

/** Validates {@link TaskManagerOptions}. */
export const taskManagerOptionsSchema = z.strictObject({
  scheduler: z.custom<FrameScheduler>(
    (v) =>
      typeof (v as FrameScheduler | null)?.schedule === 'function' && typeof (v as FrameScheduler).now === 'function',
    { error: 'expected a FrameScheduler' },
  ),
  ...taskLimitsShape,
});
