import type { SchedulerAction, Subscription } from 'rxjs';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';

/**
 * Runs `then` in the update phase of the `frames`-th next frame. Counting uses frame
 * indices, so a frame whose budget ran out still counts.
 *
 * @example
 * ```ts
 * const sub = afterFrames(scheduler, 2, () => console.log('two frames later'));
 * ```
 */
export function afterFrames(scheduler: FrameScheduler, frames: number, then: () => void): Subscription {
  const due = scheduler.frameIndex + frames;
  return scheduler.schedule(function (this: SchedulerAction<unknown>) {
    if (scheduler.frameIndex >= due) then();
    else this.schedule();
  });
}

/**
 * Calls `call` every `frames` frames until it returns false or the subscription ends.
 *
 * @example
 * ```ts
 * const sub = everyFrames(scheduler, 3, () => (draw(), true));
 * ```
 */
export function everyFrames(scheduler: FrameScheduler, frames: number, call: () => boolean): Subscription {
  let due = scheduler.frameIndex + frames;
  return scheduler.schedule(function (this: SchedulerAction<unknown>) {
    if (scheduler.frameIndex >= due) {
      if (!call()) return;
      due = scheduler.frameIndex + frames;
    }
    this.schedule();
  });
}

/**
 * Calls `call` every `ms` milliseconds (on the first frame at or after each due time)
 * until it returns false or the subscription ends. Due times follow the ideal grid, so
 * frame granularity does not add up to drift; periods missed entirely are skipped, not
 * replayed in a burst.
 *
 * @example
 * ```ts
 * const sub = everyMs(scheduler, 250, () => (poll(), true));
 * ```
 */
export function everyMs(scheduler: FrameScheduler, ms: number, call: () => boolean): Subscription {
  let next = scheduler.now() + ms;
  return scheduler.schedule(function (this: SchedulerAction<unknown>) {
    if (!call()) return;
    const now = scheduler.now();
    next += ms;
    // whole periods missed (a stall): skip them, staying on the grid
    if (next <= now) next += (Math.floor((now - next) / ms) + 1) * ms;
    this.schedule(undefined, next - now);
  }, ms);
}
