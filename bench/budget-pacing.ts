import { intervalFrames } from '../lib/frames/interval-frames.js';
import { hostFrames } from '../lib/frames/host-frames.js';
import { FrameScheduler } from '../lib/scheduler/frame-scheduler.js';
import type { FrameStats } from '../lib/scheduler/frame-stats.js';
import { loadavg } from 'node:os';
import { spread } from './budget-spread.js';
import { median, percentile } from './measure.js';
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
  /** p99 of the CPU time the process used per frame: busy ms minus time the OS took away. */
  readonly p99CpuMs: number;
  /** Most items one frame ran × item ms: the work the meter let in, whatever the OS did. */
  readonly maxNominalWorkMs: number;
  /** p99 of the scheduler's own bookkeeping per frame (busy ms outside the items). */
  readonly p99OwnMs: number;
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
  const scheduler = new FrameScheduler({ frames: intervalFrames(fps), budgetMs });
  scheduler.measureActions = true;
  const stats: FrameStats[] = [];
  const cpuMs: number[] = [];
  let cpu = process.cpuUsage();
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
      cpu = process.cpuUsage();
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
  /** CPU ms the process used per frame (from one stats emission to the next). */
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
    p99CpuMs: percentile(cpuMs.slice(1), 99),
    totalBusyMs,
    maxNominalWorkMs: Math.max(...stats.map((s) => s.actionsRun)) * work.itemMs,
    p99OwnMs: percentile(
      stats.map((s) => s.ownMs ?? Number.NaN),
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

const PACING_REPEATS = 5;

/**
 * The `budget.*` metrics: {@link budgetedRun} repeated five times on 60 fps real frames
 * with an 8 ms budget. The per-frame figures are medians over the runs with `.min` and
 * `.max` (wall-clock busy time moves with the machine's load, recorded in `env.loadAvg1m`);
 * `budget.p99CpuMs` is the CPU the process itself used per frame, preemption excluded.
 *
 * @example
 * ```ts
 * Object.assign(metrics, await budgetMetrics({ items: 20_000, itemMs: 0.05 }));
 * ```
 */
export async function budgetMetrics(work: BusyWorkload): Promise<Record<string, number>> {
  const m: Record<string, number> = { 'env.loadAvg1m': loadavg()[0] ?? Number.NaN };
  const runs: PacingRun[] = [];
  for (let i = 0; i < PACING_REPEATS; i++) runs.push(await budgetedRun(work, 60, 8));
  const all = (pick: (r: PacingRun) => number): number[] => runs.map(pick);
  Object.assign(
    m,
    spread(
      'budget.p99BusyMs',
      all((r) => r.p99BusyMs),
    ),
  );
  Object.assign(
    m,
    spread(
      'budget.maxBusyMs',
      all((r) => r.maxBusyMs),
    ),
  );
  Object.assign(
    m,
    spread(
      'budget.p99CpuMs',
      all((r) => r.p99CpuMs),
    ),
  );
  Object.assign(
    m,
    spread(
      'budget.completionRatio',
      all((r) => r.completionRatio),
    ),
  );
  Object.assign(
    m,
    spread(
      'budget.maxNominalWorkMs',
      all((r) => r.maxNominalWorkMs),
    ),
  );
  Object.assign(
    m,
    spread(
      'budget.p99OwnMs',
      all((r) => r.p99OwnMs),
    ),
  );
  m['budget.totalBusyMs'] = median(all((r) => r.totalBusyMs));
  m['budget.frames'] = median(all((r) => r.frames));
  m['budget.meanFrameMs'] = median(all((r) => r.meanFrameMs));
  m['budget.unbudgetedBusyMs'] = unbudgetedBusyMs(work);
  console.log(
    `budget: p99 busy ms per run ${runs.map((r) => r.p99BusyMs.toFixed(2)).join(', ')} (load ${m['env.loadAvg1m']!.toFixed(1)})`,
  );
  return m;
}
