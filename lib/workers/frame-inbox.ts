import type { Subscription } from 'rxjs';

/**
 * Where a worker task's messages are handed over on the main thread.
 *
 * @example
 * ```ts
 * const sink: InboxSink = { progress: setBar, result: (v) => subscriber.next(v), error: (e) => subscriber.error(e) };
 * ```
 */
export interface InboxSink {
  progress(value: unknown): void;
  result(value: unknown): void;
  error(error: unknown): void;
}

/**
 * Anything that can run a callback at the start of the next frame (a FrameScheduler).
 * `inFrame`, when given, tells the pool that a frame is running: it then starts worker
 * threads right after that frame, not inside it.
 *
 * @example
 * ```ts
 * const delivery: FrameDelivery = runtime.scheduler;
 * ```
 */
export interface FrameDelivery {
  atStartOfFrame(work: () => void): Subscription;
  readonly inFrame?: boolean;
}

/**
 * `latest`: one call with the newest value per frame; `all`: one call with every value, in order.
 *
 * @example
 * ```ts
 * pool.exec(target, args, { progress: 'all' as ProgressMode, onProgress: (values) => log.push(...values) });
 * ```
 */
export type ProgressMode = 'latest' | 'all';

/**
 * Holds one task's messages until the start of the next frame, then hands them over in
 * one batch: progress coalesced (latest value, or all values in order), then the outcome.
 * However fast a worker reports, the task costs the main thread one callback per frame.
 *
 * @example
 * ```ts
 * const inbox = new FrameInbox(scheduler, 'latest', sink);
 * inbox.progress([0.1, 0.2]); inbox.settle(true, 42); // next frame: progress(0.2), result(42)
 * ```
 */
export class FrameInbox {
  #values: unknown[] = [];
  /** How the call ended (none yet, a value, an error) and with what: two fields, not an object per call. */
  /** Hands the result or error to the sink, once settled. */
  #outcome: (() => void) | undefined;
  #scheduled: Subscription | undefined;
  #closed = false;
  readonly #frames: FrameDelivery;
  readonly #mode: ProgressMode;
  readonly #sink: InboxSink;

  constructor(frames: FrameDelivery, mode: ProgressMode, sink: InboxSink) {
    this.#frames = frames;
    this.#mode = mode;
    this.#sink = sink;
  }

  progress(values: readonly unknown[]): void {
    if (this.#closed || values.length === 0) return;
    if (this.#mode === 'latest') this.#values[0] = values[values.length - 1];
    else for (const v of values) this.#values.push(v);
    this.#schedule();
  }

  /** The call ended with `value` (`ok`) or with the error `value`. */
  settle(ok: boolean, value: unknown): void {
    if (this.#closed || this.#outcome) return;
    const sink = this.#sink;
    this.#outcome = ok ? () => sink.result(value) : () => sink.error(value);
    this.#schedule();
  }

  /** Drops anything not yet delivered (the consumer left). */
  close(): void {
    this.#closed = true;
    this.#scheduled?.unsubscribe();
    this.#scheduled = undefined;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    const scheduled = this.#frames.atStartOfFrame(this.#drain);
    // a delivery that ran at once (immediateDelivery) left nothing to wait for or cancel
    if (!scheduled.closed) this.#scheduled = scheduled;
  }

  readonly #drain = (): void => {
    this.#scheduled = undefined;
    if (this.#closed) return;
    const values = this.#values;
    this.#values = [];
    try {
      if (values.length > 0) this.#sink.progress(this.#mode === 'latest' ? values[0] : values);
    } finally {
      this.#deliverOutcome();
    }
  };

  #deliverOutcome(): void {
    const outcome = this.#outcome;
    if (!outcome || this.#closed) return;
    this.#closed = true;
    this.#outcome = undefined;
    outcome();
  }
}
