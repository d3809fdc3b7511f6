import type { BudgetMeter } from './budget-meter.js';
import type { FrameAction } from './frame-action.js';
import { FrameLane } from './frame-lane.js';

type Action = FrameAction<unknown>;
type Execute = (action: Action) => void;

/**
 * The queues of a frame in the order a frame runs them: deadlines (due ones, never
 * budgeted), the start phase and the update phase (sharing the budget), then the end
 * phase (not budgeted).
 *
 * @example
 * ```ts
 * let ran = lanes.runBudgeted(time, limit, meter, execute);
 * const deferred = lanes.countDeferred(time, limit);
 * ran += lanes.runEnd(execute);
 * ```
 */
export class FrameLanes {
  private readonly deadline = new FrameLane(true);
  private readonly start = new FrameLane();
  private readonly update = new FrameLane();
  private readonly end = new FrameLane();
  private lastToken = 0;

  /** Whether delayed update work waits (work without delay needs a real due time only then). */
  get hasDelayed(): boolean {
    return this.update.hasDelayed;
  }

  add(action: Action, token: number, due: number, delay: number): void {
    this.lastToken = token;
    // the common case first, without the lookup
    (action.lane === 'update' ? this.update : this.lane(action)).add(action, token, due, delay);
  }

  /** Drops a queued action's heap entry (FIFO entries go stale by token instead). */
  forget(action: Action): void {
    (action.lane === 'update' ? this.update : this.lane(action)).remove(action);
  }

  /** Runs due deadlines, then start and update work until the meter says the budget is spent. */
  runBudgeted(time: number, limit: number, meter: BudgetMeter, execute: Execute): number {
    let ran = this.deadline.run(time, limit, undefined, execute);
    ran += this.start.run(time, limit, meter, execute);
    if (!meter.exhausted) ran += this.update.run(time, limit, meter, execute);
    return ran;
  }

  /** Budgeted entries due at `time` and queued up to `limit` that are still waiting. */
  countDeferred(time: number, limit: number): number {
    return this.start.countDue(time, limit) + this.update.countDue(time, limit);
  }

  /** Runs the end work queued so far; end work queued while it runs waits for the next frame. */
  runEnd(execute: Execute): number {
    return this.end.run(Infinity, this.lastToken, undefined, execute);
  }

  clear(): void {
    this.deadline.clear();
    this.start.clear();
    this.update.clear();
    this.end.clear();
  }

  private lane(action: Action): FrameLane {
    return action.lane === 'deadline' ? this.deadline : action.lane === 'start' ? this.start : this.end;
  }
}
