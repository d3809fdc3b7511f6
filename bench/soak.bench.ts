import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { of, Subject } from 'rxjs';
import { hostFrames } from '../lib/frames/host-frames.js';
import { createRuntime } from '../lib/runtime/create-runtime.js';

const TOTAL = Number(process.env.SOAK_TASKS ?? 1_000_000);
const PER_FRAME = Number(process.env.SOAK_PER_FRAME ?? 250);
const BUDGET_MS = 8;

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

/**
 * Soak: TOTAL mixed tasks (frame work that completes, fails or is cancelled, open work
 * that times out, time-sliced generators) on real-clock host frames pumped in a tight
 * loop (1,000 submissions per frame, `clearAfter` 20 ms, table$ subscribed). Counts
 * lost tasks (submitted minus terminal events), frames whose busy time exceeded the
 * budget by more than 2 ms, and the heap growth after a forced GC.
 */
export default async function soak(): Promise<Record<string, number>> {
  const gc = exposeGc();
  const host = hostFrames();
  const runtime = createRuntime({ frames: host.frames, budgetMs: BUDGET_MS, clearAfter: 20, maxConcurrent: 2_000 });
  let terminal = 0;
  let overBudget = 0;
  let frames = 0;
  let worstMs = 0;
  runtime.events$.subscribe((e) => {
    if (e.type === 'completed' || e.type === 'failed' || e.type === 'cancelled' || e.type === 'timedOut') terminal++;
  });
  runtime.table$.subscribe(() => undefined);
  runtime.scheduler.stats$.subscribe((s) => {
    frames++;
    worstMs = Math.max(worstMs, s.busyMs);
    if (s.busyMs > s.budgetMs + 2) overBudget++;
    if (process.env.SOAK_DEBUG && s.busyMs > s.budgetMs + 2)
      console.log(
        JSON.stringify(s),
        runtime.tasks.pendingCount,
        runtime.tasks.runningCount,
        runtime.table$.value.length,
      );
  });
  const submitFrame = (base: number): void => {
    for (let i = 0; i < PER_FRAME; i++) submit(runtime, base + i);
  };
  let before = 0;
  const started = performance.now();
  for (let done = 0; done < TOTAL; done += PER_FRAME) {
    if (done === 100_000) {
      gc?.();
      before = process.memoryUsage().heapUsed;
    }
    submitFrame(done);
    host.tick();
    if (done % 50_000 === 0) await new Promise((r) => setImmediate(r));
  }
  const deadline = performance.now() + 10_000;
  while ((runtime.tasks.runningCount + runtime.tasks.pendingCount > 0 || host.tick()) && performance.now() < deadline)
    host.tick();
  const seconds = (performance.now() - started) / 1000;
  gc?.();
  const after = process.memoryUsage().heapUsed;
  runtime.dispose();
  console.log(
    `soak: ${TOTAL} tasks in ${seconds.toFixed(1)} s over ${frames} frames, worst frame ${worstMs.toFixed(2)} ms`,
  );
  return {
    'soak.tasks': TOTAL,
    'soak.lost': TOTAL - terminal,
    'soak.framesOverBudget': overBudget,
    'soak.heapGrowthMB': gc ? (after - before) / (1024 * 1024) : Number.NaN,
    'soak.worstFrameMs': worstMs,
    'soak.usPerTask': (seconds * 1e6) / TOTAL,
  };
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
