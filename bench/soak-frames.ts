import type { FrameStats } from '../lib/scheduler/frame-stats.js';

/** Frames over budget in one soak run, by cause. */
export interface OverBudgetCounts {
  frames: number;
  /** Busy (wall) time past budget + tolerance, whatever made it so. */
  wall: number;
  /** Frames the scheduler itself pushed over (see {@link countFrame}). */
  library: number;
  /** Frames whose process CPU time alone went past budget + tolerance (no preemption). */
  cpu: number;
  worstMs: number;
  /** Most ms of the scheduler's own bookkeeping in one frame. */
  worstOwnMs: number;
}

/** An empty tally. */
export function overBudgetCounts(): OverBudgetCounts {
  return { frames: 0, wall: 0, library: 0, cpu: 0, worstMs: 0, worstOwnMs: 0 };
}

/**
 * Tallies one frame (stats measured with `measureActions`; `cpuMs` is the process CPU time
 * over the frame) and returns whether the library pushed it over. That is a frame over
 * budget + `toleranceMs` on the wall clock and on CPU time (so not merely preempted by
 * other processes), which would have been within it without the scheduler's own
 * bookkeeping (`ownMs`) and the actions the scheduler started after the budget was spent
 * (`lateMs`): the actions' own time alone fitted.
 *
 * @example
 * ```ts
 * scheduler.stats$.subscribe((s) => countFrame(tally, s, cpuMs, 2));
 * ```
 */
export function countFrame(tally: OverBudgetCounts, s: FrameStats, cpuMs: number, toleranceMs: number): boolean {
  const limit = s.budgetMs + toleranceMs;
  const ownMs = s.ownMs ?? 0;
  tally.frames++;
  tally.worstMs = Math.max(tally.worstMs, s.busyMs);
  tally.worstOwnMs = Math.max(tally.worstOwnMs, ownMs);
  if (cpuMs > limit) tally.cpu++;
  if (s.busyMs <= limit) return false;
  tally.wall++;
  const library = cpuMs > limit && s.busyMs - ownMs - (s.lateMs ?? 0) <= limit;
  if (library) tally.library++;
  return library;
}
