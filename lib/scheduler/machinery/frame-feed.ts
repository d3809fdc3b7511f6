import type { Subscription } from 'rxjs';
import type { FrameSource } from '../../frames/frame.js';
import type { FrameRecorder } from './frame-recorder.js';

/**
 * The frame source's side of a {@link FrameLoop} (its base class): a subscription to the
 * source held only while it is wanted. The loop subscribes when work is queued and
 * unsubscribes when none is left, so an idle scheduler costs nothing per frame; each frame
 * calls the loop's `runFrame()`. A source that ends (completes, or errors: the error is
 * reported) is subscribed again by the next `subscribe()`.
 *
 * @example
 * ```ts
 * class Loop extends FrameFeed {
 *   readonly work: (() => void)[] = [];
 *   queue(work: () => void): void { this.work.push(work); this.subscribe(); }
 *   protected runFrame(): void { this.work.splice(0).forEach((w) => w()); this.unsubscribe(); }
 * }
 * ```
 */
export abstract class FrameFeed {
  // #private: a bundler shortens only # names, and this file is part of the scheduler-only bundle
  #frames: Subscription | undefined;
  #subscribing = false;
  readonly #source: FrameSource;
  readonly #recorder: FrameRecorder;

  constructor(source: FrameSource, recorder: FrameRecorder) {
    this.#source = source;
    this.#recorder = recorder;
  }

  /** Whether it is subscribed to the frame source. */
  get framesActive(): boolean {
    return this.#frames !== undefined && !this.#frames.closed;
  }

  /**
   * Subscribes to the frame source unless already on. A source that emits synchronously
   * while being subscribed is ignored for that emission, so scheduling never runs work
   * inside the `schedule()` call itself. Work scheduled while subscribing (by the error
   * handler of a source that fails at once) does not subscribe again: that subscription
   * would be overwritten by the outer one and never released.
   */
  protected subscribe(): void {
    if (this.framesActive || this.#subscribing) return;
    const ended = (): void => void (this.#frames = undefined);
    this.#subscribing = true;
    try {
      this.#frames = this.#source.subscribe({
        next: () => this.#subscribing || this.runFrame(),
        error: (error: unknown) => {
          ended();
          this.#recorder.report(error);
        },
        complete: ended,
      });
    } finally {
      this.#subscribing = false;
    }
  }

  /** Releases the frame source, if subscribed. */
  protected unsubscribe(): void {
    const frames = this.#frames;
    this.#frames = undefined;
    frames?.unsubscribe();
  }

  /** What each frame does. */
  protected abstract runFrame(): void;
}
