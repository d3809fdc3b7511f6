import { hostFrames } from '../lib/frames/host-frames.js';
import { FrameScheduler } from '../lib/scheduler/frame-scheduler.js';
import type { FrameStats } from '../lib/scheduler/frame-stats.js';
import { median, medianMs } from './measure.js';
import { noop, type Work } from './work-items.js';

/** Large enough that one frame always drains the whole backlog. */
const DRAIN_BUDGET_MS = 60_000;

/**
 * ns per action of scheduling `n` actions on a {@link FrameScheduler} and running them
 * in one frame. Frames are pumped synchronously with {@link hostFrames}, so the figure is
 * the scheduler's own cost, not a wait for the next frame.
 *
 * @example
 * ```ts
 * const ns = await frameSchedulerNsPerAction(100_000);
 * ```
 */
export async function frameSchedulerNsPerAction(n: number, work: Work = noop): Promise<number> {
  const host = hostFrames();
  const scheduler = new FrameScheduler({ frames: host.frames, budgetMs: DRAIN_BUDGET_MS });
  const rounds = Math.max(1, Math.floor(200_000 / n));
  const ms = await medianMs(
    () => {
      for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < n; i++) scheduler.schedule(work);
        host.tick();
      }
    },
    { runs: 15, warmup: 3 },
  );
  if (scheduler.pendingCount !== 0) throw new Error('bench: the frame did not drain');
  scheduler.dispose();
  return (ms * 1e6) / (n * rounds);
}

/** What draining a backlog over many budgeted frames cost, per action. */
export interface MultiFrameCost {
  /** Whole drain (scheduling included) ÷ actions. */
  readonly nsPerAction: number;
  /** Frames the drain took. */
  readonly frames: number;
  /** Median per-action run cost of the last frames ÷ that of the first frames (1 = flat). */
  readonly flatness: number;
}

/**
 * Schedules `n` actions at once, then pumps frames with a small budget until the backlog
 * drains, so the cost per action can be compared between the first and the last frames.
 *
 * @example
 * ```ts
 * const { nsPerAction, flatness } = await frameSchedulerAcrossFrames(100_000, 0.2);
 * ```
 */
export async function frameSchedulerAcrossFrames(n: number, budgetMs: number): Promise<MultiFrameCost> {
  const host = hostFrames();
  const scheduler = new FrameScheduler({ frames: host.frames, budgetMs });
  const perFrame: number[] = [];
  scheduler.stats$.subscribe((s: FrameStats) => perFrame.push((s.busyMs * 1e6) / Math.max(1, s.actionsRun)));
  const runs: MultiFrameCost[] = [];
  for (let run = 0; run < 15; run++) {
    perFrame.length = 0;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) scheduler.schedule(noop);
    while (host.tick());
    runs.push(summarise(perFrame, (performance.now() - t0) / n));
  }
  scheduler.dispose();
  const measured = runs.slice(3);
  return {
    nsPerAction: median(measured.map((r) => r.nsPerAction)),
    frames: median(measured.map((r) => r.frames)),
    flatness: median(measured.map((r) => r.flatness)),
  };
}

function summarise(perFrame: readonly number[], msPerAction: number): MultiFrameCost {
  // The last frame runs only the remainder, so its fixed cost would skew the comparison.
  const full = perFrame.length > 1 ? perFrame.slice(0, -1) : perFrame;
  const k = Math.max(1, Math.floor(full.length / 4));
  const flatness = median(full.slice(-k)) / median(full.slice(0, k));
  return { nsPerAction: msPerAction * 1e6, frames: perFrame.length, flatness };
}
