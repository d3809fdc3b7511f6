import type { Observable, SchedulerAction, SchedulerLike, Subscription } from 'rxjs';
import { DisposedError } from '../errors.js';
import type { FrameSource } from '../frames/frame.js';
import { frameClock, type Clock } from '../frames/frame-clock.js';
import { BudgetMeter } from './budget-meter.js';
import { FrameAction, type ActionHost, type ActionLane } from './frame-action.js';
import { ErrorReporter } from './error-reporter.js';
import { FrameDriver } from './frame-driver.js';
import { FrameLanes } from './frame-lanes.js';
import { FrameRecorder } from './frame-recorder.js';
import type { FrameStats } from './frame-stats.js';
import { frameSchedulerOptionsSchema, type FrameSchedulerOptions } from './frame-scheduler-options.js';
import { parse } from '../validation/parse.js';
import { functionSchema, millisSchema } from '../validation/schemas.js';

type Work<T> = (this: SchedulerAction<T>, state?: T) => void;
type AnyAction = FrameAction<unknown>;

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
export class FrameScheduler implements SchedulerLike, ActionHost {
  readonly budgetMs: number;
  private readonly clock: Clock;
  private readonly meter: BudgetMeter;
  private readonly driver: FrameDriver;
  private readonly lanes = new FrameLanes();
  private readonly recorder: FrameRecorder;
  private readonly reporter: ErrorReporter;
  private tokenSeq = 0;
  private pending = 0;
  private index = -1;
  private lastFrameTime = Number.NaN;
  private running = false;
  private disposed = false;

  /** Per-frame figures, emitted after each frame. */
  readonly stats$: Observable<FrameStats>;
  /** Errors thrown by work; the frame and the other work go on. */
  readonly errors$: Observable<unknown>;

  constructor(options: FrameSchedulerOptions) {
    const parsed = parse(frameSchedulerOptionsSchema, options, 'options');
    this.budgetMs = parsed.budgetMs ?? 8;
    this.clock = parsed.clock ?? frameClock;
    this.reporter = new ErrorReporter(parsed.onError);
    this.errors$ = this.reporter.errors$;
    this.meter = new BudgetMeter(this.clock, this.budgetMs);
    this.recorder = new FrameRecorder(this.clock, this.budgetMs);
    this.stats$ = this.recorder.stats$;
    this.driver = new FrameDriver(
      parsed.frames as FrameSource,
      () => this.runFrame(),
      (e) => this.reporter.report(e),
    );
  }

  /** The frame clock's time in ms (virtual inside `TestScheduler.run`). */
  now(): number {
    return this.clock.now();
  }

  /** True while a frame is running. */
  get inFrame(): boolean {
    return this.running;
  }

  /** Actions queued and not yet run or cancelled, in every phase. */
  get pendingCount(): number {
    return this.pending;
  }

  /** The index of the frame running now, else of the last frame run (-1 before the first). */
  get frameIndex(): number {
    return this.index;
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
    return this.running && !this.meter.spend();
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
    return this.running && !this.meter.check();
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
    this.reporter.report(error);
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
    return this.recorder.measuring;
  }

  set measureActions(on: boolean) {
    this.recorder.measuring = on === true;
  }

  /** Whether the scheduler is currently subscribed to its frame source. */
  get framesActive(): boolean {
    return this.driver.active;
  }

  schedule<T>(work: Work<T>, delay = 0, state?: T): Subscription {
    return this.createAction(work, 'update').schedule(state, delay);
  }

  /** Runs `work` in the start phase of the next frame (budgeted, before update work). */
  atStartOfFrame(work: () => void): Subscription {
    return this.createAction(work, 'start').schedule();
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
    // The common call is valid: check it cheaply and leave the quoting error to parse.
    if (typeof work !== 'function') parse(functionSchema, work, 'work');
    if (typeof delayMs !== 'number' || !(delayMs >= 0 && delayMs < Infinity)) parse(millisSchema, delayMs, 'delayMs');
    return this.createAction(work, 'deadline').schedule(state, delayMs);
  }

  /**
   * Runs `work` after the update phase of the current frame, or of the next frame when
   * called outside a frame or from an end-of-frame callback. Not budgeted.
   */
  atEndOfFrame(work: () => void): Subscription {
    return this.createAction(work, 'end').schedule();
  }

  /** Cancels all queued work and releases the frame source; later scheduling throws. */
  dispose(): void {
    this.disposed = true;
    this.pending = 0;
    this.lanes.clear();
    this.driver.stop();
    this.recorder.complete();
    this.reporter.complete();
  }

  enqueue(action: FrameAction<any>, delay: number): void {
    if (this.disposed) throw new DisposedError('FrameScheduler');
    if (action.token === 0) this.pending++;
    else this.lanes.forget(action);
    const token = ++this.tokenSeq;
    const safeDelay = delay > 0 && Number.isFinite(delay) ? delay : 0;
    // A clock read costs as much as the rest of enqueue. Work without delay needs its due
    // time only to be ordered against delayed work already waiting: anything delayed later
    // is due after it anyway, so with no delayed work waiting it may sort first unread.
    const due =
      safeDelay > 0 || action.lane === 'deadline' || this.lanes.hasDelayed ? this.clock.now() + safeDelay : -Infinity;
    action.token = token;
    this.lanes.add(action, token, due, safeDelay);
    if (!this.running) this.driver.start();
  }

  cancel(action: FrameAction<any>): void {
    if (action.token === 0) return;
    action.token = 0;
    if (this.disposed) return;
    this.lanes.forget(action);
    this.pending--;
    if (this.pending === 0 && !this.running) this.release();
  }

  private createAction<T>(work: Work<T>, lane: ActionLane): FrameAction<T> {
    if (this.disposed) throw new DisposedError('FrameScheduler');
    return new FrameAction<T>(this, work, lane);
  }

  private readonly execute = (action: AnyAction): void => {
    action.token = 0;
    this.pending--;
    try {
      action.execute();
    } catch (error) {
      action.unsubscribe();
      this.reporter.report(error);
    }
  };

  private readonly executeTimed = (action: AnyAction): void => {
    this.recorder.timer.run(action, this.execute, this.meter.deadlineAt);
  };

  private runFrame(): void {
    if (this.running || this.disposed) return;
    this.running = true;
    const time = this.clock.now();
    const delta = Number.isNaN(this.lastFrameTime) ? 0 : time - this.lastFrameTime;
    this.lastFrameTime = time;
    const index = ++this.index;
    const limit = this.tokenSeq;
    const execute = this.recorder.measuring ? this.executeTimed : this.execute;
    this.recorder.timer.begin();
    this.meter.begin(time);
    let actionsRun = this.lanes.runBudgeted(time, limit, this.meter, execute);
    const actionsDeferred = this.lanes.countDeferred(time, limit);
    actionsRun += this.lanes.runEnd(execute);
    this.running = false;
    if (this.pending === 0) this.release();
    if (!this.disposed) this.recorder.emit({ index, time, delta, actionsRun, actionsDeferred });
  }

  private release(): void {
    this.lanes.clear();
    this.driver.stop();
  }
}
