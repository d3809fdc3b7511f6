import { isObservable } from 'rxjs';
import * as z from 'zod/mini';
import type { FrameSource } from '../frames/frame.js';
import type { Clock } from '../frames/frame-clock.js';
import { functionSchema, millisSchema } from '../validation/schemas.js';

/**
 * Options of a {@link FrameScheduler}.
 *
 * @example
 * ```ts
 * const options: FrameSchedulerOptions = { frames: intervalFrames(60), budgetMs: 6 };
 * ```
 */
export interface FrameSchedulerOptions {
  /** Where frames come from: {@link intervalFrames}, {@link animationFrames}, {@link hostFrames}, any observable. */
  readonly frames: FrameSource;
  /** Ms of work per frame before the rest waits for the next frame. Default 8. */
  readonly budgetMs?: number;
  /** The clock for `now()` and the budget. Default: {@link frameClock}. */
  readonly clock?: Clock;
  /** Called with each error thrown by work (in addition to `errors$`). */
  readonly onError?: (error: unknown) => void;
}

/**
 * Validates {@link FrameSchedulerOptions}.
 *
 * @example
 * ```ts
 * const options = parse(frameSchedulerOptionsSchema, input, 'options');
 * ```
 */
export const frameSchedulerOptionsSchema = z.strictObject({
  frames: z.custom<FrameSource>(isObservable, { error: 'expected an Observable of frames' }),
  budgetMs: z.optional(millisSchema.check(z.refine((n) => n > 0, 'expected a number > 0'))),
  clock: z.optional(
    z.custom<Clock>((v) => typeof (v as Clock | null)?.now === 'function', { error: 'expected { now(): number }' }),
  ),
  onError: z.optional(functionSchema),
});
