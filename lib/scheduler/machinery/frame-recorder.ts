import type { Observable } from 'rxjs';
import { Subject } from '../../rx-frames.js';
import type { Clock } from '../../frames/frame-clock.js';
import type { FrameAction } from './frame-action.js';
import type { FrameStats } from '../frame-stats.js';

/** The figures of one frame that the scheduler knows when it ends. */
export interface FrameCounts {
  readonly index: number;
  readonly time: number;
  readonly delta: number;
  readonly actionsRun: number;
  readonly actionsDeferred: number;
}

/**
 * What a {@link FrameScheduler} tells the outside: {@link FrameStats} on `stats$` after each
 * frame, and the errors thrown by work on `errors$` (after an optional handler; a handler
 * that throws is itself reported, so reporting never breaks the running frame). While
 * `measuring`, it times every action (two clock reads each) so the stats split busy time
 * into the actions' time and the scheduler's own bookkeeping, and count the budgeted
 * actions started after the budget was spent. Deadline and end-of-frame actions are not
 * budgeted; the first budgeted action of a frame always runs.
 *
 * @example
 * ```ts
 * recorder.measuring = true;
 * recorder.begin();
 * recorder.run(action, execute, meter.deadlineAt);
 * recorder.emit({ index, time, delta, actionsRun, actionsDeferred });
 * recorder.report(new Error('boom'));
 * ```
 */
export class FrameRecorder {
  // #private: a bundler shortens only # names, and this file is part of the scheduler-only bundle
  readonly #stats = new Subject<FrameStats>();
  readonly #errors = new Subject<unknown>();
  /** Per-frame figures, emitted after each frame. */
  readonly stats$: Observable<FrameStats> = this.#stats.asObservable();
  /** Every reported error, in order. */
  readonly errors$: Observable<unknown> = this.#errors.asObservable();
  measuring = false;
  // set by begin(), which the constructor calls (one zeroing in the bundle, not two)
  #workMs!: number;
  #longestMs!: number;
  #budgeted!: number;
  #lateStarts!: number;
  #lateMs!: number;
  readonly #clock: Clock;
  readonly #budgetMs: number;
  readonly #onError: ((error: unknown) => void) | undefined;

  constructor(clock: Clock, budgetMs: number, onError: ((error: unknown) => void) | undefined) {
    this.#clock = clock;
    this.#budgetMs = budgetMs;
    this.#onError = onError;
    this.begin();
  }

  /** Starts a frame's action times from zero. */
  begin(): void {
    this.#workMs = this.#longestMs = this.#lateMs = this.#budgeted = this.#lateStarts = 0;
  }

  /** Runs `action` through `execute` and records its time against `deadline` (the budget's end). */
  run(action: FrameAction<unknown>, execute: (a: FrameAction<unknown>) => void, deadline: number): void {
    const start = this.#clock.now();
    execute(action);
    const ms = this.#clock.now() - start;
    this.#workMs += ms;
    if (ms > this.#longestMs) this.#longestMs = ms;
    if (action.lane !== 'start' && action.lane !== 'update') return;
    if (this.#budgeted++ > 0 && start >= deadline) {
      this.#lateStarts++;
      this.#lateMs += ms;
    }
  }

  /** Emits the frame's stats; with nobody subscribed to `stats$`, builds nothing and reads no clock. */
  emit(counts: FrameCounts): void {
    if (!this.#stats.observed) return;
    const busyMs = this.#clock.now() - counts.time;
    const budgetMs = this.#budgetMs;
    const overrunMs = Math.max(0, busyMs - budgetMs);
    const workMs = this.#workMs;
    this.#stats.next(
      this.measuring
        ? {
            ...counts,
            busyMs,
            overrunMs,
            budgetMs,
            workMs,
            longestActionMs: this.#longestMs,
            lateStarts: this.#lateStarts,
            lateMs: this.#lateMs,
            ownMs: Math.max(0, busyMs - workMs),
          }
        : { ...counts, busyMs, overrunMs, budgetMs },
    );
  }

  /** Reports one error once: to the handler, then to `errors$` (or the console if nobody listens). */
  report(error: unknown): void {
    const onError = this.#onError;
    if (onError) {
      try {
        onError(error);
      } catch (handlerError) {
        this.#publish(handlerError, true);
      }
    }
    this.#publish(error, !onError);
  }

  complete(): void {
    this.#stats.complete();
    this.#errors.complete();
  }

  #publish(error: unknown, warnIfUnheard: boolean): void {
    if (this.#errors.observed) this.#errors.next(error);
    else if (warnIfUnheard) console.error('frametasks: unhandled error in frame work', error);
  }
}
