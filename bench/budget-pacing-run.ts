import type { FrameStats } from '../lib/scheduler/frame-stats.js';
import { percentile } from './measure.js';

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
  /**
   * p99 of the main thread's own CPU inside a frame (Linux schedstat): {@link p99CpuMs}
   * without V8's and libuv's other threads (concurrent marking, compilers) running meanwhile.
   */
  readonly p99MainCpuMs: number;
  /** p99 of a frame's busy ms when the process was not on a CPU (preemption, a VM's steal). */
  readonly p99PreemptedMs: number;
  /** p99 of the main thread's GC pauses inside a frame (scavenges of what anyone allocated). */
  readonly p99GcMs: number;
  /** Share of the frames with a GC pause in them. */
  readonly gcFrameShare: number;
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

/** What one run recorded, frame by frame. */
export interface Observed {
  readonly stats: readonly FrameStats[];
  /** CPU ms the process used in each frame (from its tick to its stats). */
  readonly cpuMs: readonly number[];
  /** CPU ms of the main thread alone in each frame (Linux; NaN elsewhere). */
  readonly mainCpuMs: readonly number[];
  /** Ms of main-thread GC pauses in each frame. */
  readonly gcMs: readonly number[];
  readonly elapsedMs: number;
}

/**
 * The figures of one run from its frames' stats, CPU and GC time.
 *
 * @example
 * ```ts
 * const run = summarise({ stats, cpuMs, gcMs, elapsedMs }, { items: 20_000, itemMs: 0.05 }, 60, 8);
 * ```
 */
export function summarise(
  { stats, cpuMs, mainCpuMs, gcMs, elapsedMs }: Observed,
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
    p99MainCpuMs: percentile(mainCpuMs, 99),
    p99GcMs: percentile(gcMs, 99),
    gcFrameShare: gcMs.filter((ms) => ms > 0).length / Math.max(1, gcMs.length),
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
