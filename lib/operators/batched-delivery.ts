import type { Observer, Subscriber } from 'rxjs';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { FrameBatcher } from './frame-batcher.js';
import { ValueBuffer } from './value-buffer.js';

/**
 * The state of one {@link observeOnFrames} subscription: buffers values and hands them
 * to the subscriber in frames, within the frame budget, then the completion or error.
 *
 * @example
 * ```ts
 * const delivery = new BatchedDelivery(scheduler, subscriber);
 * const upstream = source.subscribe(delivery);
 * ```
 */
export class BatchedDelivery<T> extends FrameBatcher<T> implements Observer<T> {
  // #private: a bundler shortens only # names, and this file is part of the scheduler-only bundle
  readonly #buffer = new ValueBuffer<T>();
  /** How the source ended (passes the completion or error on), once it has. */
  #end: (() => void) | undefined;

  constructor(scheduler: FrameScheduler, destination: Subscriber<T>) {
    super(scheduler, destination);
  }

  next(value: T): void {
    if (this.#end !== undefined) return;
    this.#buffer.push(value);
    this.wake();
  }

  // The source calls at most one of these, once (the Observable contract), so the first
  // ending is the only one.
  error(error: unknown): void {
    this.#end ??= () => this.destination.error(error);
    this.wake();
  }

  complete(): void {
    this.#end ??= () => this.destination.complete();
    this.wake();
  }

  override stop(): void {
    super.stop();
    this.#buffer.clear();
  }

  protected drain(): void {
    const buffer = this.#buffer;
    const destination = this.destination;
    // Values that arrive while we deliver wait for the next frame, so a feedback loop
    // cannot keep one frame going forever.
    const count = buffer.length;
    for (let i = 1; i <= count && !destination.closed; i++) {
      destination.next(buffer.shift());
      if (i < count && this.scheduler.shouldYield()) break;
    }
    if (destination.closed) return;
    if (buffer.length > 0) this.wake();
    else this.#end?.();
  }
}
