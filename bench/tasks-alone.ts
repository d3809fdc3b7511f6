// The task lifecycle alone, for profiling rather than comparing: `ours` (frametasks) or
// `floor` (bare JavaScript keeping the same table), RUNS runs (default 6) of 100k trivial
// tasks, each on a collected heap, printing the run's CPU ns per task and the timed full
// collection after it. Not part of `npm run bench`. For example:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/run-ts.mjs bench/tasks-alone.ts ours
//   node --trace-gc-nvp scripts/run-ts.mjs bench/tasks-alone.ts floor
//   node --max-semi-space-size=128 scripts/run-ts.mjs bench/tasks-alone.ts ours
import { exposeGc } from './tasks-heap.js';
import { cpuMs, oursNsPerTask } from './tasks-lifecycle.js';
import { floorNsPerTask } from './tasks-floor.js';

const N = 100_000;
const which = process.argv[2] ?? 'ours';
if (which !== 'ours' && which !== 'floor') throw new Error(`usage: tasks-alone.ts ours|floor (got ${which})`);
const gc = exposeGc();
if (gc === undefined) throw new Error('bench: cannot expose the garbage collector');
const measure = which === 'ours' ? () => oursNsPerTask(N, false) : () => floorNsPerTask(N);
for (let run = 0; run < Number(process.env.RUNS ?? 6); run++) {
  gc();
  const nsPerTask = measure();
  const t0 = cpuMs();
  gc();
  const gcNs = ((cpuMs() - t0) * 1e6) / N;
  console.log(`${which}: run ${Math.round(nsPerTask)} ns/task, full GC after it ${Math.round(gcNs)} ns/task`);
}
