import type { Subscriber } from 'rxjs';
import type { InboxSink } from '../frame-inbox.js';

/**
 * Hands a worker call's delivered messages to the `exec()` subscriber: progress to the
 * caller's `onProgress`, the result as one value then completion, an error as the error.
 * One object per call instead of a sink literal with three closures.
 *
 * @example
 * ```ts
 * const inbox = new FrameInbox(scheduler, 'latest', new SubscriberSink(subscriber, onProgress));
 * ```
 */
export class SubscriberSink<T> implements InboxSink {
  readonly #subscriber: Subscriber<T>;
  readonly #onProgress: ((progress: unknown) => void) | undefined;

  constructor(subscriber: Subscriber<T>, onProgress: ((progress: unknown) => void) | undefined) {
    this.#subscriber = subscriber;
    this.#onProgress = onProgress;
  }

  progress(value: unknown): void {
    const onProgress = this.#onProgress;
    onProgress?.(value);
  }

  result(value: unknown): void {
    this.#subscriber.next(value as T);
    this.#subscriber.complete();
  }

  error(error: unknown): void {
    this.#subscriber.error(error);
  }
}
