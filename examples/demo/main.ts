// npm run demo: the main job. Every kind of work on one runtime, a live task table redrawn
// in place (plain snapshots when stdout is not a terminal), frame stats, and a summary.
// DEMO_DEBUG=1 npm run demo also prints (to stderr) every frame over budget and, at the end,
// the worst frame, each split into generator steps, redraw, other actions and the
// scheduler's own time. Busy time is wall time: on a loaded machine it includes preemption,
// which the line shows too (on Linux) as the time the main thread waited for a CPU.
import { tap } from 'rxjs';
import { createRuntime, intervalFrames, isTerminal, every, workerPool, type FrameStats } from '../../lib/index.js';
import { submitFrameJobs } from './frame-jobs.js';
import { startThreadJobs } from './thread-jobs.js';
import { submitWorkerJobs } from './worker-jobs.js';
import { submitWaves } from './waves.js';
import { Screen } from './screen.js';
import { booked, describeFrame, FrameLedger } from './frame-ledger.js';
import { renderFooter, renderRows } from './view.js';

const budgetMs = 8;
// DEMO_DEBUG: per-action timing splits each frame into the work and the scheduler's own
// bookkeeping, and the ledger into the demo's own code (generator steps, redraw), the rest,
// and the time the main thread waited for a CPU (preemption by other processes).
const debug = Boolean(process.env.DEMO_DEBUG);
const ledger = new FrameLedger();
const frames = intervalFrames(60);
const runtime = createRuntime({
  frames: debug ? frames.pipe(tap(() => ledger.open())) : frames,
  budgetMs,
  // The pool's default size leaves a core to the main thread; `nice` makes the worker
  // threads (the standalone watcher too, and their start-up) yield to it where they still
  // compete for the cores, so their CPU-bound builds do not stretch the frames.
  workers: workerPool({ idleTimeoutMs: 200, nice: 10 }),
});
const screen = new Screen();
const stats: FrameStats[] = [];
const started = performance.now();
runtime.scheduler.measureActions = debug;
runtime.scheduler.stats$.subscribe((s) => {
  stats.push(s);
  const frame = ledger.close(s);
  if (debug && s.busyMs > budgetMs) console.error(describeFrame(frame));
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

const draw = (): void => {
  const elapsed = performance.now() - started;
  booked('redraw', () => screen.draw(view(), `after ${(elapsed / 1000).toFixed(1)} s`));
};
// In a terminal the table shows on the first frames, then redraws every 100 ms.
if (screen.tty) runtime.scheduler.schedule(draw);
const redraw = every(runtime.scheduler, draw, { ms: screen.tty ? 100 : 2_500 });

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
    if (debug && ledger.worst && ledger.worstLibrary) {
      console.error(`worst ${describeFrame(ledger.worst)}`);
      console.error(`most outside the demo's code: ${describeFrame(ledger.worstLibrary)}`);
      if (ledger.worstOnCpu) console.error(`most with a CPU (waits left out): ${describeFrame(ledger.worstOnCpu)}`);
    }
    runtime.dispose();
  });
});
