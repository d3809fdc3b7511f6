// npm run demo: the main job. Every kind of work on one runtime, a live task table redrawn
// in place (plain snapshots when stdout is not a terminal), frame stats, and a summary.
import { availableParallelism } from 'node:os';
import { createRuntime, intervalFrames, isTerminal, every, workerPool, type FrameStats } from '../../lib/index.js';
import { submitFrameJobs } from './frame-jobs.js';
import { startThreadJobs } from './thread-jobs.js';
import { submitWorkerJobs } from './worker-jobs.js';
import { submitWaves } from './waves.js';
import { Screen } from './screen.js';
import { renderFooter, renderRows } from './view.js';

const budgetMs = 8;
// One core stays with the main thread: CPU-bound workers on every core preempt the frames.
const workerThreads = Math.max(1, availableParallelism() - 1);
const runtime = createRuntime({
  frames: intervalFrames(60),
  budgetMs,
  workers: workerPool({ size: workerThreads, idleTimeoutMs: 200 }),
});
const screen = new Screen();
const stats: FrameStats[] = [];
const started = performance.now();
// Per-action timing splits each frame into the work and the scheduler's own bookkeeping.
runtime.scheduler.measureActions = Boolean(process.env.DEMO_DEBUG);
runtime.scheduler.stats$.subscribe((s) => {
  stats.push(s);
  if (process.env.DEMO_DEBUG && s.busyMs > budgetMs)
    console.error(
      `frame ${s.index} busy ${s.busyMs.toFixed(1)} ran ${s.actionsRun} longest ${s.longestActionMs?.toFixed(1)} own ${s.ownMs?.toFixed(2)}`,
    );
});
let allSubmitted = false;

submitFrameJobs(runtime);
submitWorkerJobs(runtime);
startThreadJobs(runtime, 8_500);
submitWaves(runtime, () => (allSubmitted = true));

const view = (): string[] => [
  ...renderRows(runtime.table$.value),
  '',
  renderFooter(stats, performance.now() - started, budgetMs),
];

const redraw = every(
  runtime.scheduler,
  () => {
    const elapsed = performance.now() - started;
    screen.draw(view(), `after ${(elapsed / 1000).toFixed(1)} s`);
  },
  { ms: screen.tty ? 100 : 2_500 },
);

const done = runtime.table$.subscribe((rows) => {
  if (!allSubmitted || rows.length === 0 || !rows.every((r) => isTerminal(r.status))) return;
  queueMicrotask(() => {
    redraw.unsubscribe();
    done.unsubscribe();
    screen.final(view());
    const count = (status: string): number => rows.filter((r) => r.status === status).length;
    console.log(
      `\n${rows.length} tasks: ${count('completed')} completed, ${count('failed')} failed, ${count('cancelled')} cancelled, ${count('timeout')} timed out`,
    );
    runtime.dispose();
  });
});
