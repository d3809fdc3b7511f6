import { interval, type Observable, type SchedulerLike } from 'rxjs';
import type { Frame } from './frame.js';
import { countFrames } from './frame-counter.js';
import { parse } from '../validation/parse.js';
import { fpsSchema } from '../validation/schemas.js';

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
  const rate = parse(fpsSchema, fps, 'fps');
  return countFrames(interval(1000 / rate, scheduler));
}
