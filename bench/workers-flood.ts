import { intervalFrames } from '../lib/frames/interval-frames.js';
import { FrameScheduler } from '../lib/scheduler/frame-scheduler.js';
import { WorkerPool } from '../lib/workers/worker-pool.js';
import { record, spreadOf } from './interleaved.js';

const FLOOD = 100_000;
const BUDGET_MS = 8;
const ROUNDS = 5;

/**
 * A worker reports 100k progress values as fast as it can while 60 fps frames run: the
 * longest frame (median of 5 floods, with min and max) and the onProgress calls it cost.
 *
 * @example
 * ```ts
 * Object.assign(metrics, await progressFlood());
 * ```
 */
export async function progressFlood(): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  const floods: { maxFrame: number; calls: number; totalMs: number }[] = [];
  for (let i = 0; i < ROUNDS; i++) floods.push(await floodOnce());
  const maxFrame = spreadOf(floods.map((f) => f.maxFrame));
  const calls = spreadOf(floods.map((f) => f.calls));
  record(m, 'workers.progressFloodMaxFrameMs', maxFrame);
  record(m, 'workers.progressFloodHookCalls', calls);
  m['workers.progressFloodBudgetMs'] = BUDGET_MS;
  const ms = spreadOf(floods.map((f) => f.totalMs));
  console.log(
    `progress flood ${FLOOD}: longest frame ${maxFrame.median.toFixed(2)} ms [${maxFrame.min.toFixed(2)}–${maxFrame.max.toFixed(2)}] ` +
      `(budget ${BUDGET_MS}), ${calls.median} onProgress calls, ${ms.median.toFixed(0)} ms`,
  );
  return m;
}

async function floodOnce(): Promise<{ maxFrame: number; calls: number; totalMs: number }> {
  const scheduler = new FrameScheduler({ frames: intervalFrames(60), budgetMs: BUDGET_MS });
  const pool = new WorkerPool({ scheduler, size: 1 });
  let maxFrame = 0;
  let calls = 0;
  const stats = scheduler.stats$.subscribe((s) => (maxFrame = Math.max(maxFrame, s.busyMs)));
  const t0 = performance.now();
  try {
    await new Promise((resolve, reject) =>
      pool
        .exec({ module: new URL('./workers-ours.worker.js', import.meta.url), fn: 'flood' }, [FLOOD], {
          onProgress: () => calls++,
        })
        .subscribe({ next: resolve, error: reject }),
    );
  } finally {
    stats.unsubscribe();
    pool.dispose();
    scheduler.dispose();
  }
  return { maxFrame, calls, totalMs: performance.now() - t0 };
}
