import type { Observable, SchedulerLike } from 'rxjs';
import { interval } from '../rx-frames.js';
import type { Frame } from './frame.js';
import { countFrames } from './frame-counter.js';
import { invalidArgument } from '../validation/invalid-argument.js';

/**
 * Frames at a target rate, built on RxJS `interval()`; works anywhere (Node, workers,
 * browsers) and in `TestScheduler.run` virtual time.
 *
 * @param fps - target frames per second (finite, > 0)
 * @param scheduler - the scheduler `interval` uses (RxJS's async scheduler by default)
 * @example
 * ```ts
 * const runtime = createRuntime({ frames: intervalFrames(60) });
 * ```
 */
export function intervalFrames(fps: number, scheduler?: SchedulerLike): Observable<Frame> {
  // checked by hand, not with a schema: this is part of the scheduler-only bundle
  if (!Number.isFinite(fps)) invalidArgument('fps', 'expected frames per second as a number', fps);
  if (!(fps > 0)) invalidArgument('fps', 'expected a number > 0', fps);
  return countFrames(interval(1000 / fps, scheduler));
}
