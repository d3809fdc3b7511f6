import { tap } from 'rxjs';
import { intervalFrames } from '../lib/frames/interval-frames.js';
import { hostFrames } from '../lib/frames/host-frames.js';
import { FrameScheduler } from '../lib/scheduler/frame-scheduler.js';
import type { FrameStats } from '../lib/scheduler/frame-stats.js';
import { percentile } from './measure.js';
import { spinMs } from './workers-spin.js';

/** The workload: `items` pieces of CPU work of `itemMs` each. */
export interface BusyWorkload {
  readonly items: number;
  readonly itemMs: number;
}

/** How one run on real frames went. */
export interface PacingRun {
  readonly p99BusyMs: number;
  readonly maxBusyMs: number;
  /**
   * p99 of the CPU time the process used inside a frame (from the frame's tick to its stats):
   * its busy time without the time the OS gave to other processes.
   */
  readonly p99CpuMs: number;
  /** p99 of a frame's busy ms when the process was not on a CPU (preemption, a VM's steal). */
  readonly p99PreemptedMs: number;
  /** Most items one frame ran × item ms: the work the meter let in, whatever the OS did. */
  readonly maxNominalWorkMs: number;
  /** p99 of the scheduler's own bookkeeping per frame (busy ms outside the items). */
  readonly p99OwnMs: number;
  /** p99 of ms in items the meter started after the budget was spent (its unchecked batch). */
  readonly p99LateMs: number;
  /**
   * p99 of items run × item ms + the scheduler's own ms: a frame's busy time had every item
   * taken its nominal time, so what the library let into the frame, not what the OS did.
   */
  readonly p99NominalBusyMs: number;
  /** Sum of busy ms over all frames (the work's wall time, preemption included). */
  readonly totalBusyMs: number;
  /** Time from scheduling to the last item done ÷ the frame-paced best. */
  readonly completionRatio: number;
  readonly frames: number;
  /** Mean ms between frames as the scheduler saw them. */
  readonly meanFrameMs: number;
}

/**
 * Runs the workload on real `intervalFrames(fps)` with a `budgetMs` budget and reports the
 * per-frame busy time (from `stats$`) and how close completion came to the frame-paced
 * best: ceil(total work ÷ budget) frames × the nominal frame interval.
 *
 * @example
 * ```ts
 * const run = await budgetedRun({ items: 20_000, itemMs: 0.05 }, 60, 8);
 * ```
 */
export function budgetedRun(work: BusyWorkload, fps: number, budgetMs: number): Promise<PacingRun> {
  // The CPU clock starts on each tick, before the frame runs, and stops at its stats.
  let cpu = process.cpuUsage();
  const frames = intervalFrames(fps).pipe(tap(() => (cpu = process.cpuUsage())));
  const scheduler = new FrameScheduler({ frames, budgetMs });
  scheduler.measureActions = true;
  const stats: FrameStats[] = [];
  const cpuMs: number[] = [];
  return new Promise((resolve) => {
    let left = work.items;
    let doneAt = Number.NaN;
    const item = (): void => {
      spinMs(work.itemMs);
      if (--left === 0) doneAt = performance.now();
    };
    // Stats of a frame arrive after it ends, so the last frame's figures are in when we stop.
    scheduler.stats$.subscribe((s) => {
      stats.push(s);
      const used = process.cpuUsage(cpu);
      cpuMs.push((used.user + used.system) / 1000);
      if (left > 0) return;
      scheduler.dispose();
      resolve(summarise({ stats, cpuMs, elapsedMs: doneAt - t0 }, work, fps, budgetMs));
    });
    const t0 = performance.now();
    for (let i = 0; i < work.items; i++) scheduler.schedule(item);
  });
}

interface Observed {
  readonly stats: readonly FrameStats[];
  /** CPU ms the process used in each frame (from its tick to its stats). */
  readonly cpuMs: readonly number[];
  readonly elapsedMs: number;
}

function summarise(
  { stats, cpuMs, elapsedMs }: Observed,
  work: BusyWorkload,
  fps: number,
  budgetMs: number,
): PacingRun {
  const busy = stats.map((s) => s.busyMs);
  const frameMs = 1000 / fps;
  const bestMs = Math.ceil((work.items * work.itemMs) / budgetMs) * frameMs;
  const totalBusyMs = busy.reduce((a, b) => a + b, 0);
  const deltas = stats.slice(1).map((s) => s.delta);
  return {
    p99BusyMs: percentile(busy, 99),
    maxBusyMs: Math.max(...busy),
    p99CpuMs: percentile(cpuMs, 99),
    p99PreemptedMs: percentile(
      busy.map((b, i) => Math.max(0, b - (cpuMs[i] ?? 0))),
      99,
    ),
    totalBusyMs,
    maxNominalWorkMs: Math.max(...stats.map((s) => s.actionsRun)) * work.itemMs,
    p99NominalBusyMs: percentile(
      stats.map((s) => s.actionsRun * work.itemMs + (s.ownMs ?? Number.NaN)),
      99,
    ),
    p99OwnMs: percentile(
      stats.map((s) => s.ownMs ?? Number.NaN),
      99,
    ),
    p99LateMs: percentile(
      stats.map((s) => s.lateMs ?? Number.NaN),
      99,
    ),
    completionRatio: elapsedMs / bestMs,
    frames: stats.length,
    meanFrameMs: deltas.reduce((a, b) => a + b, 0) / Math.max(1, deltas.length),
  };
}

/**
 * Busy ms of the one frame that runs the whole workload with no budget to speak of
 * (what an unbudgeted frame loop would freeze for).
 *
 * @example
 * ```ts
 * const ms = unbudgetedBusyMs({ items: 20_000, itemMs: 0.05 });
 * ```
 */
export function unbudgetedBusyMs(work: BusyWorkload): number {
  const host = hostFrames();
  const scheduler = new FrameScheduler({ frames: host.frames, budgetMs: 3_600_000 });
  let busyMs = Number.NaN;
  scheduler.stats$.subscribe((s) => (busyMs = s.busyMs));
  for (let i = 0; i < work.items; i++) scheduler.schedule(() => spinMs(work.itemMs));
  host.tick();
  scheduler.dispose();
  return busyMs;
}
