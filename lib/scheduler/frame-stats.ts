/**
 * What one frame of a {@link FrameScheduler} did.
 *
 * @example
 * ```ts
 * scheduler.stats$.subscribe((s: FrameStats) => { if (s.overrunMs > 0) console.warn(s); });
 * ```
 */
export interface FrameStats {
  /** The scheduler's own frame count, from 0. */
  readonly index: number;
  /** Frame start on the scheduler clock (ms). */
  readonly time: number;
  /** Ms since the scheduler's previous frame (0 for its first). */
  readonly delta: number;
  /** Ms spent running work in this frame: wall time, so it includes preemption by other processes. */
  readonly busyMs: number;
  /** Actions run (all phases). */
  readonly actionsRun: number;
  /** Due actions left for a later frame because the budget was spent (an upper bound: it may count actions cancelled while they waited). */
  readonly actionsDeferred: number;
  /** Ms past the budget (0 when within it). */
  readonly overrunMs: number;
  /** The budget the frame ran under. */
  readonly budgetMs: number;
  /** Ms inside actions, every phase (only while {@link FrameScheduler.measureActions} is on). */
  readonly workMs?: number;
  /** Ms of the scheduler's own bookkeeping: `busyMs - workMs` (only while measuring). */
  readonly ownMs?: number;
  /** The longest single action, in ms (only while measuring). */
  readonly longestActionMs?: number;
  /** Budgeted actions started after the budget was spent, beyond the one a frame always runs (only while measuring). */
  readonly lateStarts?: number;
  /** Ms inside those late actions (only while measuring). */
  readonly lateMs?: number;
}
