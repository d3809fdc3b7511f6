import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { of, Subject } from 'rxjs';
import { hostFrames } from '../lib/frames/host-frames.js';
import { createRuntime } from '../lib/runtime/create-runtime.js';
import { spread } from './budget-spread.js';
import { countFrame, overBudgetCounts, type OverBudgetCounts } from './soak-frames.js';

const TOTAL = Number(process.env.SOAK_TASKS ?? 1_000_000);
const REPEATS = Math.max(5, Number(process.env.SOAK_REPEATS ?? 5));
const PER_FRAME = Number(process.env.SOAK_PER_FRAME ?? 250);
const BUDGET_MS = 8;
const TOLERANCE_MS = 2;
const HEAP_FROM = 100_000;

function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as (() => void) | undefined;
}

function* steps(n: number): Generator<number, number> {
  for (let i = 0; i < n; i++) yield i;
  return n;
}

interface SoakRun extends OverBudgetCounts {
  readonly lost: number;
  readonly heapGrowthMB: number;
  readonly seconds: number;
}

/**
 * Soak: TOTAL mixed tasks (frame work that completes, fails or is cancelled, open work
 * that times out, time-sliced generators) in REPEATS runs of TOTAL ÷ REPEATS, each on a
 * fresh runtime on real-clock host frames pumped in a tight loop (PER_FRAME submissions
 * per frame, `clearAfter` 20 ms, table$ subscribed). Counts lost tasks, the heap growth
 * after a forced GC, and frames over budget + 2 ms: on the wall clock, by process CPU
 * time, and those the library itself pushed over (`soak-frames.ts`), each the median of
 * the runs with its min and max.
 */
export default async function soak(): Promise<Record<string, number>> {
  const gc = exposeGc();
  const runs: SoakRun[] = [];
  for (let i = 0; i < REPEATS; i++) runs.push(await soakRun(Math.round(TOTAL / REPEATS), gc));
  const worst = Math.max(...runs.map((r) => r.worstMs));
  const seconds = runs.reduce((a, r) => a + r.seconds, 0);
  console.log(
    `soak: ${TOTAL} tasks in ${REPEATS} runs, ${seconds.toFixed(1)} s; over budget per run (library/cpu/wall): ` +
      runs.map((r) => `${r.library}/${r.cpu}/${r.wall} of ${r.frames}`).join(', ') +
      `; worst frame ${worst.toFixed(2)} ms, worst own ${Math.max(...runs.map((r) => r.worstOwnMs)).toFixed(2)} ms`,
  );
  return {
    'soak.tasks': TOTAL,
    'soak.lost': runs.reduce((a, r) => a + r.lost, 0),
    ...spread(
      'soak.framesOverBudget',
      runs.map((r) => r.library),
    ),
    ...spread(
      'soak.framesOverBudget.wall',
      runs.map((r) => r.wall),
    ),
    ...spread(
      'soak.framesOverBudget.cpu',
      runs.map((r) => r.cpu),
    ),
    ...spread(
      'soak.frames',
      runs.map((r) => r.frames),
    ),
    ...spread(
      'soak.ownMsWorst',
      runs.map((r) => r.worstOwnMs),
    ),
    ...spread(
      'soak.heapGrowthMB',
      runs.map((r) => r.heapGrowthMB),
    ),
    'soak.worstFrameMs': worst,
    'soak.usPerTask': (seconds * 1e6) / TOTAL,
  };
}

async function soakRun(total: number, gc: (() => void) | undefined): Promise<SoakRun> {
  const host = hostFrames();
  const runtime = createRuntime({ frames: host.frames, budgetMs: BUDGET_MS, clearAfter: 20, maxConcurrent: 2_000 });
  const tally = overBudgetCounts();
  let terminal = 0;
  runtime.events$.subscribe((e) => {
    if (e.type === 'completed' || e.type === 'failed' || e.type === 'cancelled' || e.type === 'timedOut') terminal++;
  });
  runtime.table$.subscribe(() => undefined);
  runtime.scheduler.measureActions = true;
  let cpuAt = process.cpuUsage();
  runtime.scheduler.stats$.subscribe((s) => {
    const used = process.cpuUsage(cpuAt);
    const cpuMs = (used.user + used.system) / 1000;
    if (countFrame(tally, s, cpuMs, TOLERANCE_MS) && process.env.SOAK_DEBUG) console.log({ ...s, cpuMs });
  });
  const tick = (): boolean => {
    cpuAt = process.cpuUsage();
    return host.tick();
  };
  let before = Number.NaN;
  const started = performance.now();
  for (let done = 0; done < total; done += PER_FRAME) {
    if (done === HEAP_FROM) {
      gc?.();
      before = process.memoryUsage().heapUsed;
    }
    for (let i = 0; i < PER_FRAME; i++) submit(runtime, done + i);
    tick();
    if (done % 50_000 === 0) await new Promise((r) => setImmediate(r));
  }
  const deadline = performance.now() + 10_000;
  while ((runtime.tasks.runningCount + runtime.tasks.pendingCount > 0 || tick()) && performance.now() < deadline)
    tick();
  const seconds = (performance.now() - started) / 1000;
  gc?.();
  const heapGrowthMB = gc ? (process.memoryUsage().heapUsed - before) / (1024 * 1024) : Number.NaN;
  runtime.dispose();
  return { ...tally, lost: total - terminal, heapGrowthMB, seconds };
}

function submit(runtime: ReturnType<typeof createRuntime>, n: number): void {
  switch (n % 8) {
    case 0:
    case 1:
      runtime.run(of(n));
      return;
    case 2:
      runtime.run(() => {
        throw new Error('fails');
      });
      return;
    case 3:
      runtime.cancel(runtime.run(new Subject<number>()));
      return;
    case 4:
      runtime.run(new Subject<number>(), { timeout: 5 });
      return;
    case 5:
      runtime.run(() => n * 2);
      return;
    default:
      runtime.run(() => steps(4));
  }
}
