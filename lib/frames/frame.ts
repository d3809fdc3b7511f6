import type { Observable } from 'rxjs';

/**
 * One frame from a frame source.
 *
 * @example
 * ```ts
 * intervalFrames(60).subscribe((f: Frame) => console.log(f.index, f.time, f.delta));
 * ```
 */
export interface Frame {
  /** 0 for the first frame after subscribing, then 1, 2, ... */
  readonly index: number;
  /** When the frame began, in ms on the frame clock (see {@link frameClock}). */
  readonly time: number;
  /** Milliseconds since the previous frame of the same subscription (0 for the first). */
  readonly delta: number;
}

/**
 * Anything that emits once per frame. A frame scheduler subscribes to it only while it
 * has work, so a source should be cold (start on subscribe, stop on unsubscribe).
 *
 * @example
 * ```ts
 * const frames: FrameSource = intervalFrames(30);
 * ```
 */
export type FrameSource = Observable<unknown>;
