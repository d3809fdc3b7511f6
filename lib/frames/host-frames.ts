import type { Observable } from 'rxjs';
import { Subject } from '../rx-frames.js';
import type { Frame } from './frame.js';
import { countFrames } from './frame-counter.js';

/**
 * Frames pumped by a loop the app already has. Call `tick()` once per frame.
 *
 * @example
 * ```ts
 * const host = hostFrames();
 * const runtime = createRuntime({ frames: host.frames });
 * renderer.setAnimationLoop(() => { host.tick(); renderer.render(scene, camera); });
 * ```
 */
export interface HostFrames {
  /** The frames, for a frame scheduler or anyone else. */
  readonly frames: Observable<Frame>;
  /** Emits one frame to current subscribers. Returns false when nobody listens (idle). */
  tick(): boolean;
}

/**
 * Creates a {@link HostFrames} pair.
 *
 * @example
 * ```ts
 * const { frames, tick } = hostFrames();
 * function gameLoop() { tick(); draw(); setImmediate(gameLoop); }
 * ```
 */
export function hostFrames(): HostFrames {
  const trigger = new Subject<void>();
  return {
    frames: countFrames(trigger),
    tick: () => {
      if (!trigger.observed) return false;
      trigger.next();
      return true;
    },
  };
}
