import type { Observable, SchedulerLike, Subscription } from 'rxjs';
import type { FrameSource } from '../frames/frame.js';
import { frameClock, type Clock } from '../frames/frame-clock.js';
import { FrameAction, type ActionLane } from './machinery/frame-action.js';
import { FrameLoop } from './machinery/frame-loop.js';
import { FrameRecorder } from './machinery/frame-recorder.js';
import type { FrameBudget } from './frame-budget.js';
import type { FramePhases, Work } from './frame-phases.js';
import type { FrameStats } from './frame-stats.js';
import { parseFrameSchedulerOptions, type FrameSchedulerOptions } from './frame-scheduler-options.js';
import { invalidArgument, millisProblem } from '../validation/invalid-argument.js';

/**
 * An RxJS `SchedulerLike` whose work runs inside frames, within a per-frame time budget.
 * Frames come from any {@link FrameSource}; the scheduler subscribes to it only while
 * work is pending. Every RxJS operator that takes a scheduler works with it. How work in a
 * frame checks the budget (`shouldYield()`, `budgetLeftMs()`, ...) is {@link FrameBudget}'s;
 * work for a given phase of a frame, or a deadline, is {@link FramePhases}'.
 *
 * @example
 * ```ts
 * const scheduler = new FrameScheduler({ frames: intervalFrames(60), budgetMs: 8 });
 * source$.pipe(observeOn(scheduler)).subscribe(draw);
 * scheduler.atEndOfFrame(() => console.log('frame done'));
 * ```
 */
export class FrameScheduler implements SchedulerLike, FrameBudget, FramePhases {
  readonly budgetMs: number;
  // #private: a bundler shortens only # names, and this file is part of the scheduler-only bundle
  readonly #clock: Clock;
  readonly #recorder: FrameRecorder;
  readonly #loop: FrameLoop;

  /** Per-frame figures, emitted after each frame. */
  readonly stats$: Observable<FrameStats>;
  /** Errors thrown by work; the frame and the other work go on. */
  readonly errors$: Observable<unknown>;

  constructor(options: FrameSchedulerOptions) {
    const parsed = parseFrameSchedulerOptions(options);
    this.budgetMs = parsed.budgetMs ?? 8;
    const clock = (this.#clock = parsed.clock ?? frameClock);
    const recorder = (this.#recorder = new FrameRecorder(clock, this.budgetMs, parsed.onError));
    this.errors$ = recorder.errors$;
    this.stats$ = recorder.stats$;
    this.#loop = new FrameLoop(parsed.frames as FrameSource, clock, this.budgetMs, recorder);
  }

  /** The frame clock's time in ms (virtual inside `TestScheduler.run`). */
  now(): number {
    return this.#clock.now();
  }

  /** Actions queued and not yet run or cancelled, in every phase. */
  get pendingCount(): number {
    return this.#loop.pending;
  }

  /** The index of the frame running now, else of the last frame run (-1 before the first). */
  get frameIndex(): number {
    return this.#loop.index;
  }

  // FrameBudget's members (documented there)
  get inFrame(): boolean {
    return this.#loop.running;
  }

  shouldYield(): boolean {
    return this.#loop.running && !this.#loop.meter.spend();
  }

  shouldYieldNow(): boolean {
    return this.#loop.running && !this.#loop.meter.check();
  }

  budgetLeftMs(): number {
    return this.#loop.running ? this.#loop.meter.left() : Infinity;
  }

  /**
   * Reports an error as if work had thrown it (to `onError` and `errors$`), for helpers
   * that catch errors to keep going.
   *
   * @example
   * ```ts
   * try { step(); } catch (e) { scheduler.reportError(e); }
   * ```
   */
  reportError(error: unknown): void {
    this.#recorder.report(error);
  }

  /**
   * When on, every action is timed (two clock reads each) and {@link FrameStats} also
   * report `workMs`, `ownMs`, `longestActionMs`, `lateStarts` and `lateMs`: how much of a
   * frame was the actions, how much the scheduler's own bookkeeping, and whether the
   * scheduler started work after the budget was spent. Off by default, because for tiny
   * actions the reads cost as much as the actions; the budget works the same either way.
   *
   * @example
   * ```ts
   * scheduler.measureActions = true;
   * scheduler.stats$.subscribe((s) => s.ownMs! > 1 && console.warn('slow scheduler', s));
   * ```
   */
  get measureActions(): boolean {
    return this.#recorder.measuring;
  }

  set measureActions(on: boolean) {
    this.#recorder.measuring = on === true;
  }

  /** Whether the scheduler is currently subscribed to its frame source. */
  get framesActive(): boolean {
    return this.#loop.framesActive;
  }

  schedule<T>(work: Work<T>, delay = 0, state?: T): Subscription {
    return this.#action(work, 'update').schedule(state, delay);
  }

  // FramePhases' members (documented there)
  atStartOfFrame(work: () => void): Subscription {
    return this.#action(work, 'start').schedule();
  }

  deadline<T>(work: Work<T>, delayMs: number, state?: T): Subscription {
    if (typeof work !== 'function') invalidArgument('work', 'expected a function', work);
    const problem = millisProblem(delayMs);
    if (problem !== undefined) invalidArgument('delayMs', problem, delayMs);
    return this.#action(work, 'deadline').schedule(state, delayMs);
  }

  atEndOfFrame(work: () => void): Subscription {
    return this.#action(work, 'end').schedule();
  }

  /** Cancels all queued work and releases the frame source; later scheduling throws. */
  dispose(): void {
    this.#loop.dispose();
    this.#recorder.complete();
  }

  #action<T>(work: Work<T>, lane: ActionLane): FrameAction<T> {
    return new FrameAction<T>(this.#loop, work, lane);
  }
}
