import { Subject, type Observable, type SchedulerAction, type SchedulerLike, type Subscription } from 'rxjs';
import { DisposedError } from '../errors.js';
import type { FrameSource } from '../frames/frame.js';
import { frameClock, type Clock } from '../frames/frame-clock.js';
import { BudgetMeter } from './budget-meter.js';
import { FrameAction, type ActionHost, type FramePhase } from './frame-action.js';
import { FrameDriver } from './frame-driver.js';
import type { FrameStats } from './frame-stats.js';
import { PhaseLane } from './phase-lane.js';
import { UpdateLane } from './update-lane.js';
import { frameSchedulerOptionsSchema, type FrameSchedulerOptions } from './frame-scheduler-options.js';
import { parse } from '../validation/parse.js';

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
  private readonly lanes = { start: new PhaseLane(), update: new UpdateLane(), end: new PhaseLane() };
  private readonly statsSubject = new Subject<FrameStats>();
  private readonly errorSubject = new Subject<unknown>();
  private readonly onError: ((error: unknown) => void) | undefined;
  private tokenSeq = 0;
  private pending = 0;
  private frameIndex = -1;
  private lastFrameTime = Number.NaN;
  private running = false;
  private disposed = false;

  /** Per-frame figures, emitted after each frame. */
  readonly stats$: Observable<FrameStats> = this.statsSubject.asObservable();
  /** Errors thrown by work; the frame and the other work go on. */
  readonly errors$: Observable<unknown> = this.errorSubject.asObservable();

  constructor(options: FrameSchedulerOptions) {
    const parsed = parse(frameSchedulerOptionsSchema, options, 'options');
    this.budgetMs = parsed.budgetMs ?? 8;
    this.clock = parsed.clock ?? frameClock;
    this.onError = parsed.onError;
    this.meter = new BudgetMeter(this.clock, this.budgetMs);
    this.driver = new FrameDriver(parsed.frames as FrameSource, () => this.runFrame(), (e) => this.report(e));
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
    this.lanes.start.clear();
    this.lanes.update.clear();
    this.lanes.end.clear();
    this.driver.stop();
    this.statsSubject.complete();
    this.errorSubject.complete();
  }

  enqueue(action: FrameAction<any>, delay: number): void {
    if (this.disposed) throw new DisposedError('FrameScheduler');
    if (action.token === 0) this.pending++;
    else this.lanes.update.remove(action);
    const token = ++this.tokenSeq;
    const safeDelay = delay > 0 && Number.isFinite(delay) ? delay : 0;
    const due = this.clock.now() + safeDelay;
    action.token = token;
    if (action.phase === 'update') this.lanes.update.add(action, token, due, safeDelay);
    else this.lanes[action.phase].add(action, token, due);
    if (!this.running) this.driver.start();
  }

  cancel(action: FrameAction<any>): void {
    if (action.token === 0) return;
    action.token = 0;
    this.lanes.update.remove(action);
    this.pending--;
    if (this.pending === 0 && !this.running) this.release();
  }

  private createAction<T>(work: Work<T>, phase: FramePhase): FrameAction<T> {
    if (this.disposed) throw new DisposedError('FrameScheduler');
    return new FrameAction<T>(this, work, phase);
  }

  private readonly execute = (action: AnyAction): void => {
    action.token = 0;
    this.pending--;
    try {
      action.execute();
    } catch (error) {
      action.unsubscribe();
      this.report(error);
    }
  };

  private runFrame(): void {
    if (this.running || this.disposed) return;
    this.running = true;
    const time = this.clock.now();
    const delta = Number.isNaN(this.lastFrameTime) ? 0 : time - this.lastFrameTime;
    this.lastFrameTime = time;
    this.frameIndex++;
    const limit = this.tokenSeq;
    this.meter.begin(time);
    let ran = this.lanes.start.run(limit, this.meter, this.execute);
    if (!this.meter.exhausted) ran += this.lanes.update.run(time, limit, this.meter, this.execute);
    const deferred = this.lanes.start.countUpTo(limit) + this.lanes.update.countDue(time, limit);
    ran += this.lanes.end.run(this.tokenSeq, undefined, this.execute);
    this.running = false;
    if (this.pending === 0) this.release();
    if (!this.disposed) this.emitStats(time, delta, ran, deferred);
  }

  private emitStats(time: number, delta: number, actionsRun: number, actionsDeferred: number): void {
    const busyMs = this.clock.now() - time;
    const overrunMs = Math.max(0, busyMs - this.budgetMs);
    const stats = { index: this.frameIndex, time, delta, busyMs, actionsRun, actionsDeferred, overrunMs };
    this.statsSubject.next({ ...stats, budgetMs: this.budgetMs });
  }

  private release(): void {
    this.lanes.start.clear();
    this.lanes.update.clear();
    this.lanes.end.clear();
    this.driver.stop();
  }

  private report(error: unknown): void {
    if (this.onError) this.onError(error);
    if (this.errorSubject.observed) this.errorSubject.next(error);
    else if (!this.onError) console.error('frametasks: unhandled error in frame work', error);
  }
}
