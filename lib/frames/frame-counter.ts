import type { Observable } from 'rxjs';
import { map, defer } from '../rx-frames.js';
import type { Frame } from './frame.js';
import { frameClock, type Clock } from './frame-clock.js';

/**
 * Turns any per-frame trigger into {@link Frame}s numbered from 0 for each subscriber,
 * stamped with `clock` (the frame clock by default).
 *
 * @example
 * ```ts
 * const frames$ = countFrames(fromEvent(ticker, 'tick'));
 * ```
 */
export function countFrames(trigger: Observable<unknown>, clock: Clock = frameClock): Observable<Frame> {
  return defer(() => {
    let index = 0;
    let previous = 0;
    return trigger.pipe(
      map((): Frame => {
        const time = clock.now();
        const delta = index > 0 ? time - previous : 0;
        previous = time;
        return { index: index++, time, delta };
      }),
    );
  });
}
