import { createRequire } from 'node:module';
import { FrameScheduler } from '../lib/scheduler/frame-scheduler.js';
import { intervalFrames } from '../lib/frames/interval-frames.js';
import { WorkerPool } from '../lib/workers/worker-pool.js';
import { medianMs } from './measure.js';
import { execAll, execSequential, ours } from './workers-harness.js';

const require = createRequire(import.meta.url);
const { Piscina } = require('piscina') as typeof import('piscina');
const workerpool = require('workerpool') as typeof import('workerpool');

const oursUrl = new URL('./workers-ours.worker.js', import.meta.url);
const piscinaUrl = new URL('./workers-piscina.worker.js', import.meta.url).href;
const workerpoolPath = new URL('./workers-workerpool.worker.js', import.meta.url).pathname;

const N = 10_000;
const SEQ = 1_000;
const CPU_TASKS = 200;
const CPU_MS = 5;
const FLOOD = 100_000;

export default async function workersBench(): Promise<Record<string, number>> {
  const { pool, direct, scheduler } = ours(2);
  const pis = new Piscina({ filename: piscinaUrl, minThreads: 2, maxThreads: 2, idleTimeout: 60_000 });
  const wp = workerpool.pool(workerpoolPath, { minWorkers: 2, maxWorkers: 2, workerType: 'thread' });
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const opts = { runs: 5, warmup: 2 };

  const oursPipe = await medianMs(() => execAll(pool, oursUrl, 'noop', (i) => [i], N), opts);
  const pisPipe = await medianMs(
    () => Promise.all(range(N).map((i) => pis.run(i, { name: 'noop' }))).then(() => {}),
    opts,
  );
  const wpPipe = await medianMs(() => Promise.all(range(N).map((i) => wp.exec('noop', [i]))).then(() => {}), opts);
  console.log(
    `pipelined ${N}: ours ${oursPipe.toFixed(1)} ms, piscina ${pisPipe.toFixed(1)} ms, workerpool ${wpPipe.toFixed(1)} ms`,
  );

  const oursSeq = await medianMs(() => execSequential(direct, oursUrl, 'noop', SEQ), opts);
  const oursSeqFrames = await medianMs(() => execSequential(pool, oursUrl, 'noop', SEQ), opts);
  const hop = await medianMs(async () => {
    for (let i = 0; i < SEQ; i++) await new Promise((r) => setImmediate(r));
  }, opts);
  const pisSeq = await medianMs(async () => {
    for (let i = 0; i < SEQ; i++) await pis.run(i, { name: 'noop' });
  }, opts);
  const wpSeq = await medianMs(async () => {
    for (let i = 0; i < SEQ; i++) await wp.exec('noop', [i]);
  }, opts);
  console.log(
    `sequential ${SEQ}: ours ${oursSeq.toFixed(1)} ms (on frames ${oursSeqFrames.toFixed(1)}, bare setImmediate hops ${hop.toFixed(1)}), piscina ${pisSeq.toFixed(1)} ms, workerpool ${wpSeq.toFixed(1)} ms`,
  );

  const cpuOpts = { runs: 3, warmup: 1 };
  const oursCpu = await medianMs(() => execAll(pool, oursUrl, 'cpu', () => [CPU_MS], CPU_TASKS), cpuOpts);
  const pisCpu = await medianMs(
    () => Promise.all(range(CPU_TASKS).map(() => pis.run(CPU_MS, { name: 'cpu' }))).then(() => {}),
    cpuOpts,
  );
  const wpCpu = await medianMs(
    () => Promise.all(range(CPU_TASKS).map(() => wp.exec('cpu', [CPU_MS]))).then(() => {}),
    cpuOpts,
  );
  const ideal = (CPU_TASKS * CPU_MS) / 2;
  const overUs = (total: number) => ((total - ideal) * 1000) / (CPU_TASKS / 2);
  console.log(
    `cpu ${CPU_TASKS}x${CPU_MS} ms on 2: ideal ${ideal} ms, ours ${oursCpu.toFixed(0)}, piscina ${pisCpu.toFixed(0)}, workerpool ${wpCpu.toFixed(0)}`,
  );

  pool.dispose();
  direct.dispose();
  scheduler.dispose();
  await pis.destroy();
  await wp.terminate();
  const flood = await progressFlood();

  return {
    'workers.usPerTask.pipelined': (oursPipe * 1000) / N,
    'workers.piscina.usPerTask.pipelined': (pisPipe * 1000) / N,
    'workers.workerpool.usPerTask.pipelined': (wpPipe * 1000) / N,
    'workers.vsPiscina': pisPipe / oursPipe,
    'workers.vsWorkerpool': wpPipe / oursPipe,
    'workers.usRoundTrip.sequential': (oursSeq * 1000) / SEQ,
    'workers.usRoundTrip.sequentialOnFrames': (oursSeqFrames * 1000) / SEQ,
    'workers.usPerEventLoopHop': (hop * 1000) / SEQ,
    'workers.piscina.usRoundTrip.sequential': (pisSeq * 1000) / SEQ,
    'workers.workerpool.usRoundTrip.sequential': (wpSeq * 1000) / SEQ,
    'workers.cpuOverheadUsPerTask': overUs(oursCpu),
    'workers.piscina.cpuOverheadUsPerTask': overUs(pisCpu),
    'workers.workerpool.cpuOverheadUsPerTask': overUs(wpCpu),
    'workers.cpuSpeedup': (CPU_TASKS * CPU_MS) / oursCpu,
    'workers.piscina.cpuSpeedup': (CPU_TASKS * CPU_MS) / pisCpu,
    ...flood,
  };
}

/** A worker reports 100k progress values as fast as it can while 60 fps frames run. */
async function progressFlood(): Promise<Record<string, number>> {
  const budgetMs = 8;
  const scheduler = new FrameScheduler({ frames: intervalFrames(60), budgetMs });
  const pool = new WorkerPool({ scheduler, size: 1 });
  let maxFrame = 0;
  let calls = 0;
  const stats = scheduler.stats$.subscribe((s) => (maxFrame = Math.max(maxFrame, s.busyMs)));
  const t0 = performance.now();
  await new Promise((resolve, reject) =>
    pool
      .exec({ module: oursUrl, fn: 'flood' }, [FLOOD], { onProgress: () => calls++ })
      .subscribe({ next: resolve, error: reject }),
  );
  const totalMs = performance.now() - t0;
  stats.unsubscribe();
  pool.dispose();
  scheduler.dispose();
  console.log(
    `progress flood ${FLOOD}: longest frame ${maxFrame.toFixed(2)} ms (budget ${budgetMs}), ${calls} onProgress calls, ${totalMs.toFixed(0)} ms`,
  );
  return {
    'workers.progressFloodMaxFrameMs': maxFrame,
    'workers.progressFloodBudgetMs': budgetMs,
    'workers.progressFloodHookCalls': calls,
  };
}
