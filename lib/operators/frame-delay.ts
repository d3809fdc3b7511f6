import type { Observer, Subscriber } from 'rxjs';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { FrameBatcher } from './frame-batcher.js';
import { ValueBuffer } from './value-buffer.js';

/**
 * The state of one {@link delayFrames} subscription: each value waits in a buffer with
 * the index of the frame it is due in; one action per frame emits what is due.
 *
 * @example
 * ```ts
 * const delay = new FrameDelay(scheduler, subscriber, 2);
 * const upstream = source.subscribe(delay);
 * ```
 */
export class FrameDelay<T> extends FrameBatcher<T> implements Observer<T> {
  readonly #values = new ValueBuffer<T>();
  readonly #dueFrames = new ValueBuffer<number>();
  #completed = false;

  readonly #frames: number;

  constructor(scheduler: FrameScheduler, destination: Subscriber<T>, frames: number) {
    super(scheduler, destination);
    this.#frames = frames;
  }

  next(value: T): void {
    // In frame k or between frames k and k+1 alike, the next frame is k + 1.
    this.#values.push(value);
    this.#dueFrames.push(this.scheduler.frameIndex + this.#frames);
    this.wake();
  }

  error(error: unknown): void {
    this.stop();
    this.destination.error(error);
  }

  complete(): void {
    this.#completed = true;
    if (this.#values.length === 0) this.destination.complete();
  }

  override stop(): void {
    super.stop();
    this.#values.clear();
    this.#dueFrames.clear();
  }

  protected drain(): void {
    const values = this.#values;
    const dueFrames = this.#dueFrames;
    const destination = this.destination;
    const frame = this.scheduler.frameIndex;
    while (dueFrames.length > 0 && dueFrames.peek() <= frame && !destination.closed) {
      dueFrames.shift();
      destination.next(values.shift());
      if (dueFrames.length > 0 && dueFrames.peek() <= frame && this.scheduler.shouldYield()) break;
    }
    if (destination.closed) return;
    if (values.length > 0) this.wake();
    else if (this.#completed) destination.complete();
  }
}
