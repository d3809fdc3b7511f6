import type { Observer, Subscriber } from 'rxjs';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { FrameBatcher } from './frame-batcher.js';
import { ValueBuffer } from './value-buffer.js';

type End = { readonly failed: false } | { readonly failed: true; readonly error: unknown };

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
export class BatchedDelivery<T> extends FrameBatcher implements Observer<T> {
  private readonly buffer = new ValueBuffer<T>();
  private end: End | undefined = undefined;

  constructor(
    scheduler: FrameScheduler,
    private readonly destination: Subscriber<T>,
  ) {
    super(scheduler);
  }

  next(value: T): void {
    if (this.end !== undefined) return;
    this.buffer.push(value);
    this.wake();
  }

  error(error: unknown): void {
    if (this.end !== undefined) return;
    this.end = { failed: true, error };
    this.wake();
  }

  complete(): void {
    if (this.end !== undefined) return;
    this.end = { failed: false };
    this.wake();
  }

  override stop(): void {
    super.stop();
    this.buffer.clear();
  }

  protected drain(): void {
    const { buffer, destination } = this;
    // Values that arrive while we deliver wait for the next frame, so a feedback loop
    // cannot keep one frame going forever.
    const count = buffer.length;
    for (let i = 1; i <= count && !destination.closed; i++) {
      destination.next(buffer.shift());
      if (i < count && this.scheduler.shouldYield()) break;
    }
    if (destination.closed) return;
    if (buffer.length > 0) this.wake();
    else if (this.end?.failed) destination.error(this.end.error);
    else if (this.end) destination.complete();
  }
}
