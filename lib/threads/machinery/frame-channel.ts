import type { Observable, Subscription } from 'rxjs';
import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';

/**
 * Where a {@link FrameChannel} hands its messages: `deliver` one (the next waits until the
 * returned observable completes), `ready` whether it may take one now, `fail` an error a
 * delivery raised. A thread's parent side (an `UpSink`) is one.
 *
 * @example
 * ```ts
 * const target: ChannelTarget<string> = { deliver: (m) => hook$(() => log(m)), ready: () => true, fail };
 * ```
 */
export interface ChannelTarget<T> {
  deliver(message: T): Observable<never>;
  ready(): boolean;
  fail(error: unknown): void;
}

/**
 * An ordered, one-way message queue delivered on frames: everything pushed before a
 * frame is delivered in that frame by ONE scheduled action (not one per message), in
 * order. Messages pushed during delivery go in the next frame's batch. A handler that
 * returns a pending observable or promise holds the rest of the queue until it is done,
 * so a receiver sees its messages one at a time, like a listener task on a queue.
 *
 * @example
 * ```ts
 * const channel = new FrameChannel<string>(scheduler, { deliver: (m) => hook$(() => log(m)), ready: () => true, fail });
 * channel.push('a'); channel.push('b'); // both delivered in the next frame
 * ```
 */
export class FrameChannel<T> {
  #buffer: T[] = [];
  #action: Subscription | undefined;
  #busy: Subscription | undefined;
  #closed = false;

  readonly #scheduler: FrameScheduler;
  readonly #target: ChannelTarget<T>;

  constructor(scheduler: FrameScheduler, target: ChannelTarget<T>) {
    this.#scheduler = scheduler;
    this.#target = target;
  }

  push(message: T): void {
    if (this.#closed) return;
    this.#buffer.push(message);
    this.kick();
  }

  /** Schedules a delivery if there is something to deliver and the receiver is ready. */
  kick(): void {
    if (this.#closed || this.#action || this.#busy || this.#buffer.length === 0 || !this.#target.ready()) return;
    this.#action = this.#scheduler.schedule(() => {
      this.#action = undefined;
      this.#drain();
    });
  }

  /** Drops undelivered messages and stops delivering; an in-flight handler is unsubscribed. */
  close(): void {
    this.#closed = true;
    this.#buffer = [];
    this.#action?.unsubscribe();
    this.#busy?.unsubscribe();
    this.#action = this.#busy = undefined;
  }

  #drain(): void {
    const batch = this.#buffer;
    this.#buffer = [];
    for (let i = 0; i < batch.length; i++) {
      if (this.#closed || !this.#target.ready()) return this.#requeue(batch, i);
      if (this.#handle(batch[i] as T)) return this.#requeue(batch, i + 1);
    }
    this.kick();
  }

  /** Delivers one message; true when its handler is still pending (the queue waits). */
  #handle(message: T): boolean {
    let pending = true;
    let sync = true;
    const settle = (error?: unknown, failed = false): void => {
      pending = false;
      this.#busy = undefined;
      if (failed) this.#target.fail(error);
      if (!sync) this.kick();
    };
    const sub = this.#target.deliver(message).subscribe({ complete: () => settle(), error: (e) => settle(e, true) });
    sync = false;
    if (pending) this.#busy = sub;
    return pending;
  }

  #requeue(batch: T[], from: number): void {
    if (!this.#closed) this.#buffer = batch.slice(from).concat(this.#buffer);
  }
}
