import type { Clock } from '../frames/frame-clock.js';
import type { FrameAction } from './frame-action.js';

/** What {@link ActionTimer} found in one frame. */
export interface ActionTimes {
  /** Ms inside actions (every phase). */
  readonly workMs: number;
  /** The longest single action, in ms. */
  readonly longestActionMs: number;
  /** Budgeted actions started after the budget was spent (beyond the one a frame always runs). */
  readonly lateStarts: number;
  /** Ms inside those late actions. */
  readonly lateMs: number;
}

/**
 * Times each action of a frame (two clock reads per action), so a frame's busy time splits
 * into the actions' time and the scheduler's own bookkeeping, and counts the budgeted
 * actions the scheduler started after the budget was spent. Deadline and end-of-frame
 * actions are not budgeted; the first budgeted action of a frame always runs.
 *
 * @example
 * ```ts
 * timer.begin();
 * timer.run(action, execute, meter.deadlineAt);
 * const { workMs, longestActionMs } = timer.times();
 * ```
 */
export class ActionTimer {
  private workMs = 0;
  private longestMs = 0;
  private budgeted = 0;
  private lateStarts = 0;
  private lateMs = 0;

  constructor(private readonly clock: Clock) {}

  begin(): void {
    this.workMs = this.longestMs = this.lateMs = 0;
    this.budgeted = this.lateStarts = 0;
  }

  /** Runs `action` through `execute` and records its time against `deadline` (the budget's end). */
  run(action: FrameAction<unknown>, execute: (a: FrameAction<unknown>) => void, deadline: number): void {
    const start = this.clock.now();
    execute(action);
    const ms = this.clock.now() - start;
    this.workMs += ms;
    if (ms > this.longestMs) this.longestMs = ms;
    if (action.lane !== 'start' && action.lane !== 'update') return;
    if (this.budgeted++ > 0 && start >= deadline) {
      this.lateStarts++;
      this.lateMs += ms;
    }
  }

  times(): ActionTimes {
    const { workMs, longestMs, lateStarts, lateMs } = this;
    return { workMs, longestActionMs: longestMs, lateStarts, lateMs };
  }
}
