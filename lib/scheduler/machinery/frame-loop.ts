import { DisposedError } from '../../errors.js';
import type { FrameSource } from '../../frames/frame.js';
import type { Clock } from '../../frames/frame-clock.js';
import { BudgetMeter } from './budget-meter.js';
import type { FrameAction, ActionHost, ActionLane } from './frame-action.js';
import { FrameFeed } from './frame-feed.js';
import { FrameLane } from './frame-lane.js';
import type { FrameRecorder } from './frame-recorder.js';

type AnyAction = FrameAction<unknown>;

/**
 * The machinery behind a {@link FrameScheduler}: queues actions with their tokens and due
 * times, keeps its frame source subscribed (see {@link FrameFeed}, its base) only while
 * work is pending, and runs each frame's queues in order: due deadlines (never budgeted),
 * the start and the update phase (sharing the budget), then the end phase (not budgeted).
 * The scheduler is its public face.
 *
 * @example
 * ```ts
 * const loop = new FrameLoop(frames, clock, 8, recorder);
 * new FrameAction(loop, work, 'update').schedule(state, 0);
 * ```
 */
export class FrameLoop extends FrameFeed implements ActionHost {
  readonly meter: BudgetMeter;
  /** Actions queued and not yet run or cancelled. */
  pending = 0;
  /** The frame running now, else the last one run (-1 before the first). */
  index = -1;
  /** True while a frame runs. */
  running = false;
  // #private: a bundler shortens only # names, and this file is part of the scheduler-only bundle
  readonly #lanes: Readonly<Record<ActionLane, FrameLane>>;
  #tokenSeq = 0;
  #lastFrameTime = 0;
  /** What the last frame's end phase took (kept back from the next budget). */
  #endMs = 0;
  #disposed = false;
  readonly #clock: Clock;
  readonly #recorder: FrameRecorder;

  constructor(source: FrameSource, clock: Clock, budgetMs: number, recorder: FrameRecorder) {
    super(source, recorder);
    this.#clock = clock;
    this.#recorder = recorder;
    this.#lanes = {
      deadline: new FrameLane(clock, true),
      start: new FrameLane(clock),
      update: new FrameLane(clock),
      end: new FrameLane(clock),
    };
    this.meter = new BudgetMeter(clock, budgetMs);
  }

  enqueue(action: FrameAction<any>, delay: number): void {
    if (this.#disposed) throw new DisposedError('FrameScheduler');
    const lane = this.#lanes[action.lane];
    if (action.token === 0) this.pending++;
    else lane.remove(action);
    const token = ++this.#tokenSeq;
    action.token = token;
    lane.add(action, token, delay > 0 && Number.isFinite(delay) ? delay : 0);
    if (!this.running) this.subscribe();
  }

  cancel(action: FrameAction<any>): void {
    if (action.token === 0) return;
    action.token = 0;
    if (this.#disposed) return;
    this.#lanes[action.lane].remove(action);
    if (--this.pending === 0 && !this.running) this.#release();
  }

  /** Cancels all queued work and releases the frame source; later scheduling throws. */
  dispose(): void {
    this.#disposed = true;
    this.pending = 0;
    this.#release();
  }

  readonly #execute = (action: AnyAction): void => {
    action.token = 0;
    this.pending--;
    try {
      action.execute();
    } catch (error) {
      // its finalizers may throw too (an UnsubscriptionError): report that as well rather
      // than let it leave the frame half run (`running` stuck, every later frame ignored)
      try {
        action.unsubscribe();
      } catch (finalizerError) {
        this.#recorder.report(finalizerError);
      }
      this.#recorder.report(error);
    }
  };

  protected runFrame(): void {
    if (this.running || this.#disposed) return;
    this.running = true;
    const time = this.#clock.now();
    const index = ++this.index;
    const delta = index > 0 ? time - this.#lastFrameTime : 0;
    this.#lastFrameTime = time;
    const limit = this.#tokenSeq;
    const { meter } = this;
    const recorder = this.#recorder;
    // timed through the recorder only while measuring (one closure a frame then)
    const execute = recorder.measuring
      ? (action: AnyAction) => recorder.run(action, this.#execute, meter.deadlineAt)
      : this.#execute;
    recorder.begin();
    meter.begin(time, this.#endMs);
    const { deadline, start, update, end } = this.#lanes;
    let actionsRun = deadline.run(time, limit, undefined, execute) + start.run(time, limit, meter, execute);
    if (!meter.exhausted) actionsRun += update.run(time, limit, meter, execute);
    // budgeted work due now that waits for a later frame
    const actionsDeferred = start.countDue(time, limit) + update.countDue(time, limit);
    // end work queued so far runs (delayed end work once due, like any other); end work it
    // queues waits for the next frame. It is not budgeted but is the frame's time: the next
    // frame's budget keeps back what it took.
    const endFrom = this.#clock.now();
    actionsRun += end.run(time, this.#tokenSeq, undefined, execute);
    this.#endMs = this.#clock.now() - endFrom;
    this.running = false;
    if (this.pending === 0) this.#release();
    if (!this.#disposed) recorder.emit({ index, time, delta, actionsRun, actionsDeferred });
  }

  #release(): void {
    for (const lane of Object.values(this.#lanes)) lane.clear();
    this.unsubscribe();
  }
}
