// The main job, for now: a burst of CPU work spread over real frames within a budget.
import { FrameScheduler, intervalFrames, type FrameStats } from '../lib/index.js';

const scheduler = new FrameScheduler({ frames: intervalFrames(60), budgetMs: 8 });
const stats: FrameStats[] = [];
scheduler.stats$.subscribe((s) => {
  stats.push(s);
  if (s.index % 10 === 0) {
    console.log(
      `frame ${String(s.index).padStart(3)}  busy ${s.busyMs.toFixed(2).padStart(5)} ms  ran ${String(s.actionsRun).padStart(4)}  deferred ${String(s.actionsDeferred).padStart(5)}`,
    );
  }
});

function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy: stands in for real CPU work
  }
}

const items = 2_000;
let done = 0;
const started = performance.now();
for (let i = 0; i < items; i++) {
  scheduler.schedule(() => {
    spin(0.05);
    done++;
  });
}

scheduler.stats$.subscribe(() => {
  if (done < items || scheduler.pendingCount > 0) return;
  const busiest = Math.max(...stats.map((s) => s.busyMs));
  console.log(`\n${done} items of 0.05 ms in ${stats.length} frames, ${(performance.now() - started).toFixed(0)} ms`);
  console.log(
    `budget ${scheduler.budgetMs} ms, busiest frame ${busiest.toFixed(2)} ms; frames released: ${!scheduler.framesActive}`,
  );
});
