import type { Subscription } from 'rxjs';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { union } from '../validation/schema.js';
import { object } from '../validation/object.js';
import { millisSchema, positiveFramesSchema } from '../validation/schemas.js';

/**
 * A pause measured in milliseconds or in frames (rescheduling intervals, restart
 * back-off). `{ frames: 1 }` means "on the next frame".
 *
 * @example
 * ```ts
 * ctx.tasks.reCreate('poll', poll, { ms: 250 });
 * ctx.tasks.reCreate('step', step, { frames: 1 });
 * ```
 */
export type Every = { readonly ms: number } | { readonly frames: number };

/** Validates an {@link Every}. */
export const everySchema = union<Every>([object({ ms: millisSchema }), object({ frames: positiveFramesSchema })]);

/**
 * Calls `then` on the frame scheduler after the pause: after `ms` on the frame clock, or
 * `frames` frames later (one zero-delay hop per frame, as work queued inside a frame
 * runs in the next one). Unsubscribing cancels it.
 *
 * @example
 * ```ts
 * const wait = after(scheduler, { frames: 3 }, () => console.log('3 frames later'));
 * wait.unsubscribe();
 * ```
 */
export function after(scheduler: FrameScheduler, every: Every, then: () => void): Subscription {
  if ('ms' in every) return scheduler.schedule(then, every.ms);
  let left = every.frames;
  return scheduler.schedule(function () {
    if (--left > 0) this.schedule();
    else then();
  });
}
