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
  /** Ms spent running work in this frame. */
  readonly busyMs: number;
  /** Actions run (all phases). */
  readonly actionsRun: number;
  /** Due actions left for a later frame because the budget was spent (an upper bound: it may count actions cancelled while they waited). */
  readonly actionsDeferred: number;
  /** Ms past the budget (0 when within it). */
  readonly overrunMs: number;
  /** The budget the frame ran under. */
  readonly budgetMs: number;
}
