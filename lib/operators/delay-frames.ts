import type { MonoTypeOperatorFunction } from 'rxjs';
import { Observable } from '../rx.js';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { toFrameScheduler } from '../scheduler/frame-scheduler-schema.js';
import { parse } from '../validation/parse.js';
import { positiveFramesSchema } from '../validation/schemas.js';
import { FrameDelay } from './frame-delay.js';

/**
 * Re-emits each value `frames` frames later on the scheduler: `delayFrames(1)` in the
 * next frame, `delayFrames(2)` in the one after, counted from the frame running when
 * the value arrived (or the last one, between frames). Order is kept; if a frame's
 * budget is spent, the rest follow next frame. Completion waits for the delayed values;
 * an error is passed on at once, like RxJS `delay`. One action per frame, whatever
 * the number of values.
 *
 * @param frames - whole number of frames, >= 1
 * @param scheduler - the {@link FrameScheduler} whose frames count
 * @example
 * ```ts
 * clicks$.pipe(delayFrames(2, scheduler)).subscribe(highlight);
 * ```
 */
export function delayFrames<T>(frames: number, scheduler: FrameScheduler): MonoTypeOperatorFunction<T> {
  const count = parse(positiveFramesSchema, frames, 'frames');
  const frameScheduler = toFrameScheduler(scheduler);
  return (source) =>
    new Observable<T>((subscriber) => {
      const delay = new FrameDelay<T>(frameScheduler, subscriber, count);
      const upstream = source.subscribe(delay);
      return () => {
        upstream.unsubscribe();
        delay.stop();
      };
    });
}
