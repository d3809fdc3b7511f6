import type { Observable } from 'rxjs';
import { interval } from '../rx-frames.js';
import type { Frame } from '../frames/frame.js';
import { countFrames } from '../frames/frame-counter.js';
import { parse } from '../validation/parse.js';
import { positiveMillisSchema } from '../validation/schemas.js';

/**
 * Frames every `everyMs` of virtual time, for marble tests: inside
 * `TestScheduler.run` the first frame comes at `everyMs`, the next at `2 × everyMs`, …
 * (outside a test it is a plain interval).
 *
 * @param everyMs - ms between frames (finite, > 0); default 10
 * @example
 * ```ts
 * testScheduler.run(({ expectObservable }) => {
 *   const scheduler = new FrameScheduler({ frames: marbleFrames(10) });
 *   expectObservable(of(1).pipe(observeOn(scheduler))).toBe('10ms (a|)', { a: 1 });
 * });
 * ```
 */
export function marbleFrames(everyMs = 10): Observable<Frame> {
  const ms = parse(positiveMillisSchema, everyMs, 'everyMs');
  return countFrames(interval(ms));
}
