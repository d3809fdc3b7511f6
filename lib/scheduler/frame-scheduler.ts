import type { Observable, SchedulerAction, SchedulerLike, Subscription } from 'rxjs';
import type { FrameSource } from '../frames/frame.js';
import { frameClock, type Clock } from '../frames/frame-clock.js';
import { FrameAction, type ActionLane } from './machinery/frame-action.js';
import { FrameLoop } from './machinery/frame-loop.js';
import { FrameRecorder } from './machinery/frame-recorder.js';
import type { FrameStats } from './frame-stats.js';
import { parseFrameSchedulerOptions, type FrameSchedulerOptions } from './frame-scheduler-options.js';
import { invalidArgument, millisProblem } from '../validation/invalid-argument.js';

type Work<T> = (this: SchedulerAction<T>, state?: T) => void;

/**
 * An RxJS `SchedulerLike` whose work runs inside frames, within a per-frame time budget.
 * Frames come from any {@link FrameSource}; the scheduler subscribes to it only while
 * work is pending. Every RxJS operator that takes a scheduler works with it.
 *
 * @example
 * ```ts
 * const scheduler = new FrameScheduler({ frames: intervalFrames(60), budgetMs: 8 });
 * source$.pipe(observeOn(scheduler)).subscribe(draw);
 * scheduler.atEndOfFrame(() => console.log('frame done'));
 * ```
 */
export class FrameScheduler implements SchedulerLike {
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

  /** True while a frame is running. */
  get inFrame(): boolean {
    return this.#loop.running;
  }

  /** Actions queued and not yet run or cancelled, in every phase. */
  get pendingCount(): number {
    return this.#loop.pending;
  }

  /** The index of the frame running now, else of the last frame run (-1 before the first). */
  get frameIndex(): number {
    return this.#loop.index;
  }

  /**
   * For work that processes many items in one action (batched delivery, time slicing):
   * counts one item against the frame's budget and returns true once the budget is
   * spent, so the caller stops and re-schedules itself. Always false outside a frame.
   *
   * @example
   * ```ts
   * scheduler.schedule(function () {
   *   while (items.length && !scheduler.shouldYield()) process(items.pop());
   *   if (items.length) this.schedule();
   * });
   * ```
   */
  shouldYield(): boolean {
    return this.#loop.running && !this.#loop.meter.spend();
  }

  /**
   * Like {@link FrameScheduler.shouldYield} but reads the clock on every call: for items
   * that are substantial or uneven (time-sliced generator steps), where a batch sized from
   * cheap items could run far past the budget.
   *
   * @example
   * ```ts
   * while (!scheduler.shouldYieldNow()) heavyStep();
   * ```
   */
  shouldYieldNow(): boolean {
    return this.#loop.running && !this.#loop.meter.check();
  }

  /**
   * Ms left of the running frame's budget, reading the clock now: 0 once it is spent (and
   * the frame then runs no more budgeted work), `Infinity` outside a frame. For cooperative
   * work that can tell what its next step costs and should not start one that will not fit.
   * Asking also tells the scheduler the running action sizes itself to the budget: it reads
   * the clock when the action ends and does not start a next action predicted to cost as much
   * if that would not fit (so two time-sliced generators do not both fill one frame).
   *
   * @example
   * ```ts
   * while (scheduler.budgetLeftMs() > expectedStepMs) step();
   * ```
   */
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

  /** Runs `work` in the start phase of the next frame (budgeted, before update work). */
  atStartOfFrame(work: () => void): Subscription {
    return this.#action(work, 'start').schedule();
  }

  /**
   * Runs `work` on the first frame that starts at or after `now() + delayMs`, first thing
   * in that frame: before the start phase's and the update phase's budgeted work, and
   * never deferred by the budget, however much work waits. For timeouts and deadlines,
   * which are not work: the task engine runs task timeouts on it, so a task with
   * `timeout: 20` times out on the first frame at or after 20 ms, whatever the budget.
   * Keep deadline work short; its time still counts in the frame's busy time.
   * Unsubscribing cancels it. A pending deadline keeps frames coming (as delayed work
   * does); once it has run or is cancelled, it holds none.
   *
   * @param work - called once, with `state`; `this` is the action (`this.schedule(state, ms)` re-arms it)
   * @param delayMs - ms from now (finite, >= 0); 0 means the next frame
   * @param state - passed to `work`
   * @example
   * ```ts
   * const timer = scheduler.deadline(() => abort('timeout'), 5_000);
   * // ... the work finished in time:
   * timer.unsubscribe();
   * ```
   */
  deadline<T>(work: Work<T>, delayMs: number, state?: T): Subscription {
    if (typeof work !== 'function') invalidArgument('work', 'expected a function', work);
    const problem = millisProblem(delayMs);
    if (problem !== undefined) invalidArgument('delayMs', problem, delayMs);
    return this.#action(work, 'deadline').schedule(state, delayMs);
  }

  /**
   * Runs `work` after the update phase of the current frame, or of the next frame when
   * called outside a frame or from an end-of-frame callback. Not budgeted.
   */
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
