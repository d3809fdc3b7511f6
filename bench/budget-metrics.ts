import { loadavg } from 'node:os';
import { budgetedRun, unbudgetedBusyMs, type BusyWorkload, type PacingRun } from './budget-pacing.js';
import { spread } from './budget-spread.js';
import { median } from './measure.js';

const PACING_REPEATS = 5;

/**
 * The `budget.*` metrics: {@link budgetedRun} repeated five times on 60 fps real frames
 * with an 8 ms budget. The per-frame figures are medians over the runs with `.min` and
 * `.max` (wall-clock busy time moves with the machine's load, recorded in `env.loadAvg1m`);
 * `budget.p99CpuMs` is the CPU the process itself used inside a frame, preemption excluded,
 * `budget.p99PreemptedMs` the part of a frame's busy time it was off the CPU, and
 * `budget.p99GcMs` the main thread's GC pauses inside a frame (`budget.gcFrameShare`: how
 * many frames had one).
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
  for (const key of SPREAD)
    Object.assign(
      m,
      spread(
        `budget.${key}`,
        runs.map((r) => r[key]),
      ),
    );
  for (const key of MEDIAN) m[`budget.${key}`] = median(runs.map((r) => r[key]));
  m['budget.unbudgetedBusyMs'] = unbudgetedBusyMs(work);
  const p99s = runs
    .map(
      (r) =>
        `${r.p99BusyMs.toFixed(2)} (nominal ${r.p99NominalBusyMs.toFixed(2)}, cpu ${r.p99CpuMs.toFixed(2)} (main thread ${r.p99MainCpuMs.toFixed(2)}), preempted ${r.p99PreemptedMs.toFixed(2)}, gc ${r.p99GcMs.toFixed(2)} in ${(r.gcFrameShare * 100).toFixed(1)}% of frames)`,
    )
    .join(', ');
  console.log(`budget: p99 busy ms per run ${p99s} (load ${m['env.loadAvg1m']!.toFixed(1)})`);
  return m;
}

/** Figures written with their spread over the runs. */
const SPREAD = [
  'p99BusyMs',
  'maxBusyMs',
  'p99CpuMs',
  'p99PreemptedMs',
  'p99MainCpuMs',
  'p99GcMs',
  'p99NominalBusyMs',
  'p99OwnMs',
  'p99LateMs',
  'maxNominalWorkMs',
  'completionRatio',
] as const satisfies readonly (keyof PacingRun)[];

/** Figures written as the median of the runs only. */
const MEDIAN = ['totalBusyMs', 'frames', 'meanFrameMs', 'gcFrameShare'] as const satisfies readonly (keyof PacingRun)[];
