import type { Subscription } from 'rxjs';
import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';
import { FinishedLog } from './finished-log.js';

/**
 * Rows cleared by one unbudgeted sweep (after a frame, before a table snapshot). A
 * cleared row costs about a microsecond, so this keeps a sweep near half a millisecond;
 * more than this expiring at once (e.g. after the app was idle) is a backlog.
 */
export const SWEEP_PER_CALL = 500;

/**
 * The clearAfter sweep: finished ids in finish order, cleared once older than
 * `clearAfter`. It runs once per frame (before the table snapshot or, if the table did
 * not change, after the frame) and clears at most {@link SWEEP_PER_CALL} rows; a backlog continues
 * as budgeted update work on the following frames (it yields when the frame's budget
 * is spent), so no frame pays for thousands of expired rows at once. Nothing is
 * scheduled unless rows have already expired, so idle frames stay off.
 *
 * @example
 * ```ts
 * const sweeper = new ExpirySweeper(scheduler, 600_000, (id) => clear(id));
 * sweeper.finished(id, now);
 * sweeper.sweep();
 * ```
 */
export class ExpirySweeper {
  private readonly log = new FinishedLog();
  private backlog: Subscription | undefined = undefined;
  /** The frame whose sweep ran (the end-of-frame and the after-frame sweeps share one cap). */
  private sweptFrame = Number.NaN;

  constructor(
    private readonly scheduler: FrameScheduler,
    private readonly clearAfter: number,
    private readonly clear: (id: string) => void,
  ) {}

  /** Records that a task finished at `time`. */
  finished(id: string, time: number): void {
    if (this.clearAfter < Infinity) this.log.push(id, time);
  }

  /** Clears up to {@link SWEEP_PER_CALL} expired rows, once per frame; schedules the rest. */
  sweep(): void {
    const cutoff = this.scheduler.now() - this.clearAfter;
    if (!this.log.hasExpired(cutoff) || this.sweptFrame === this.scheduler.frameIndex) return;
    this.sweptFrame = this.scheduler.frameIndex;
    let left = SWEEP_PER_CALL;
    this.log.popExpired(cutoff, this.clear, () => --left > 0);
    if (this.backlog === undefined && this.log.hasExpired(cutoff)) {
      this.backlog = this.scheduler.schedule(this.continueSweep);
    }
  }

  stop(): void {
    this.backlog?.unsubscribe();
    this.backlog = undefined;
    this.log.clear();
  }

  private readonly continueSweep = (): void => {
    this.backlog = undefined;
    const cutoff = this.scheduler.now() - this.clearAfter;
    this.log.popExpired(cutoff, this.clear, () => !this.scheduler.shouldYield());
    if (this.backlog === undefined && this.log.hasExpired(cutoff)) {
      this.backlog = this.scheduler.schedule(this.continueSweep);
    }
  };
}
