// The task lifecycle's two speeds, for diagnosis rather than comparing (not part of
// `npm run bench`): RUNS runs (default 12) of 100k trivial tasks, each in a fresh runtime
// on a collected heap like the bench's rounds, printing CPU ns per task at submit and in
// the frames, and the frames it took. With KEEP=1 the previous run's runtime stays
// reachable, so the full collection before a run finds most of the old generation alive.
// Run it with --trace-pretenuring to see V8 drop its pretenuring decisions before the slow
// runs ("Deopt all allocation sites dependent code due to low survival rate"):
//   node --expose-gc --trace-pretenuring scripts/run-ts.mjs bench/tasks-modes.ts | grep -v Pretenuring
//   KEEP=1 node --expose-gc scripts/run-ts.mjs bench/tasks-modes.ts
import { hostFrames } from '../lib/frames/host-frames.js';
import { createRuntime } from '../lib/runtime/create-runtime.js';
import { exposeGc } from './tasks-heap.js';
import { cpuMs } from './tasks-lifecycle.js';

const N = 100_000;
const trivial = (): number => 1;
const noop = (): void => undefined;
const gc = exposeGc();
if (gc === undefined) throw new Error('bench: cannot expose the garbage collector');

for (let run = 0; run < Number(process.env.RUNS ?? 12); run++) {
  gc();
  const host = hostFrames();
  const runtime = createRuntime({ frames: host.frames });
  const table = runtime.table$.subscribe(noop);
  const t0 = cpuMs();
  for (let i = 0; i < N; i++) runtime.run(trivial);
  const t1 = cpuMs();
  let frames = 0;
  while (host.tick()) frames++;
  const t2 = cpuMs();
  if (runtime.table$.value[N - 1]?.status !== 'completed') throw new Error('bench: tasks did not complete');
  const ns = (ms: number): number => Math.round((ms * 1e6) / N);
  console.log(`run ${run}: ${ns(t2 - t0)} ns/task (submit ${ns(t1 - t0)}, frames ${ns(t2 - t1)} in ${frames} frames)`);
  table.unsubscribe();
  runtime.dispose();
  // on globalThis: a module variable that is only written does not survive the bundling
  if (process.env.KEEP === '1') (globalThis as Record<string, unknown>).keptRuntime = runtime;
}
