import { isObservable } from 'rxjs';
import type { FrameSource } from '../frames/frame.js';
import type { Clock } from '../frames/frame-clock.js';
import { check, custom, object, optional } from '../validation/schema.js';
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

/** The schemas of {@link FrameSchedulerOptions}' keys (the runtime's options extend them). */
export const frameSchedulerOptionsShape = {
  frames: custom(isObservable, 'expected an Observable of frames'),
  budgetMs: optional(check(millisSchema, [(n) => n > 0, 'expected a number > 0'])),
  clock: optional(custom((v) => typeof (v as Clock | null)?.now === 'function', 'expected { now(): number }')),
  onError: optional(functionSchema),
};

/**
 * Validates {@link FrameSchedulerOptions}.
 *
 * @example
 * ```ts
 * const options = parse(frameSchedulerOptionsSchema, input, 'options');
 * ```
 */
export const frameSchedulerOptionsSchema = object<FrameSchedulerOptions>(frameSchedulerOptionsShape);
