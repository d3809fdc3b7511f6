import type { SchedulerAction } from 'rxjs';
import { DisposedError } from '../errors.js';
import type { FrameSource } from '../frames/frame.js';
import type { Clock } from '../frames/frame-clock.js';
import { BudgetMeter } from './budget-meter.js';
import type { ErrorReporter } from './error-reporter.js';
import { FrameAction, type ActionHost, type ActionLane } from './frame-action.js';
import { FrameDriver } from './frame-driver.js';
import { FrameLane } from './frame-lane.js';
import { FrameRecorder } from './frame-recorder.js';

type AnyAction = FrameAction<unknown>;

/**
 * The machinery behind a {@link FrameScheduler}: queues actions with their tokens and due
 * times, holds the frame source only while work is pending, and runs each frame's queues
 * in order: due deadlines (never budgeted), the start and the update phase (sharing the
 * budget), then the end phase (not budgeted). The scheduler is its public face.
 *
 * @example
 * ```ts
 * const loop = new FrameLoop(frames, clock, 8, reporter);
 * loop.createAction(work, 'update').schedule(state, 0);
 * ```
 */
export class FrameLoop implements ActionHost {
  readonly meter: BudgetMeter;
  readonly recorder: FrameRecorder;
  private readonly driver: FrameDriver;
  private readonly lanes: Readonly<Record<ActionLane, FrameLane>> = {
    deadline: new FrameLane(true),
    start: new FrameLane(),
    update: new FrameLane(),
    end: new FrameLane(),
  };
  private tokenSeq = 0;
  private lastFrameTime = Number.NaN;
  private disposed = false;
  /** Actions queued and not yet run or cancelled. */
  pending = 0;
  /** The frame running now, else the last one run (-1 before the first). */
  index = -1;
  /** True while a frame runs. */
  running = false;

  constructor(
    frames: FrameSource,
    private readonly clock: Clock,
    budgetMs: number,
    private readonly reporter: ErrorReporter,
  ) {
    this.meter = new BudgetMeter(clock, budgetMs);
    this.recorder = new FrameRecorder(clock, budgetMs);
    this.driver = new FrameDriver(
      frames,
      () => this.runFrame(),
      (e) => this.reporter.report(e),
    );
  }

  get framesActive(): boolean {
    return this.driver.active;
  }

  createAction<T>(work: (this: SchedulerAction<T>, state?: T) => void, lane: ActionLane): FrameAction<T> {
    if (this.disposed) throw new DisposedError('FrameScheduler');
    return new FrameAction<T>(this, work, lane);
  }

  enqueue(action: FrameAction<any>, delay: number): void {
    if (this.disposed) throw new DisposedError('FrameScheduler');
    if (action.token === 0) this.pending++;
    else this.lanes[action.lane].remove(action);
    const token = ++this.tokenSeq;
    const safeDelay = delay > 0 && Number.isFinite(delay) ? delay : 0;
    // A clock read costs as much as the rest of enqueue. Work without delay needs its due
    // time only to be ordered against delayed work already waiting: anything delayed later
    // is due after it anyway, so with no delayed work waiting it may sort first unread.
    const due =
      safeDelay > 0 || action.lane === 'deadline' || this.lanes.update.hasDelayed
        ? this.clock.now() + safeDelay
        : -Infinity;
    action.token = token;
    this.lanes[action.lane].add(action, token, due, safeDelay);
    if (!this.running) this.driver.start();
  }

  cancel(action: FrameAction<any>): void {
    if (action.token === 0) return;
    action.token = 0;
    if (this.disposed) return;
    this.lanes[action.lane].remove(action);
    this.pending--;
    if (this.pending === 0 && !this.running) this.release();
  }

  /** Cancels all queued work and releases the frame source; later scheduling throws. */
  dispose(): void {
    this.disposed = true;
    this.pending = 0;
    this.release();
    this.recorder.complete();
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
    this.recorder.run(action, this.execute, this.meter.deadlineAt);
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
    this.recorder.begin();
    this.meter.begin(time);
    const { deadline, start, update, end } = this.lanes;
    let actionsRun = deadline.run(time, limit, undefined, execute) + start.run(time, limit, this.meter, execute);
    if (!this.meter.exhausted) actionsRun += update.run(time, limit, this.meter, execute);
    // budgeted work due now that waits for a later frame
    const actionsDeferred = start.countDue(time, limit) + update.countDue(time, limit);
    // end work queued so far runs; end work it queues waits for the next frame
    actionsRun += end.run(Infinity, this.tokenSeq, undefined, execute);
    this.running = false;
    if (this.pending === 0) this.release();
    if (!this.disposed) this.recorder.emit({ index, time, delta, actionsRun, actionsDeferred });
  }

  private release(): void {
    for (const lane of Object.values(this.lanes)) lane.clear();
    this.driver.stop();
  }
}
