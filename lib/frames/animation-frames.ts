import type { Observable } from 'rxjs';
import { animationFrames as rxAnimationFrames } from '../rx-frames.js';
import type { Frame } from './frame.js';
import { countFrames } from './frame-counter.js';

/**
 * Browser frames, built on RxJS `animationFrames()` (one per `requestAnimationFrame`).
 * In marble tests, RxJS's `animate()` helper drives it.
 *
 * @example
 * ```ts
 * const runtime = createRuntime({ frames: animationFrames() });
 * ```
 */
export function animationFrames(): Observable<Frame> {
  return countFrames(rxAnimationFrames());
}
