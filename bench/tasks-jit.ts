// Where a fresh runtime's CPU goes, for diagnosis rather than comparing (not part of
// `npm run bench`): ROUNDS rounds (default 8) of the bench's own measurement of 100k trivial
// tasks (`oursNsPerTask` on a collected heap, paying for its own garbage, as in
// `bench/tasks.bench.ts`), each in a fresh runtime. Per round it prints ns per task, the
// main thread's share of the process CPU (the rest is V8's background threads: concurrent
// compilation and GC), the TurboFan compilations and the deoptimizations V8 reported.
// It runs itself in a child process with `--trace-opt --trace-deopt` and counts their
// lines per round. KEEPER=1 keeps a small second runtime and a small p-queue (a few finished
// and two pending tasks each, `bench/tasks-kept.ts`) alive for all the rounds, as an app
// that has the library in use would.
// PEER=1 measures p-queue's rounds instead (`pQueueNsPerTask`, the same way).
// Linux only (the main thread's CPU is read from /proc).
//   node scripts/run-ts.mjs bench/tasks-jit.ts
//   KEEPER=1 node scripts/run-ts.mjs bench/tasks-jit.ts
//   PEER=1 node scripts/run-ts.mjs bench/tasks-jit.ts
// V8FLAGS adds flags to the child's (e.g. V8FLAGS=--no-allocation-site-pretenuring).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { withOwnGarbage } from './own-garbage.js';
import { withKeptInstances } from './tasks-kept.js';
import { cpuMs, oursNsPerTask, pQueueNsPerTask } from './tasks-lifecycle.js';

const N = 100_000;
const ROUNDS = Number(process.env.ROUNDS ?? 8);

if (process.argv[2] === 'child') await child();
else parent();

/** Runs the child with V8's traces on and prints one line per round from what it wrote. */
function parent(): void {
  const flags = [
    '--expose-gc',
    '--trace-opt',
    '--trace-deopt',
    ...(process.env.V8FLAGS ?? '').split(' ').filter(Boolean),
  ];
  const run = spawnSync(process.execPath, [...flags, process.argv[1] as string, 'child'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`bench: the child failed (${run.status}): ${run.stderr}`);
  let counts = blank();
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('round ')) {
      console.log(
        `${line}; ${counts.compiled} compiled, deopts: ${counts.weak} weak objects, ${counts.dependencies} code dependencies, ${counts.eager} eager`,
      );
      counts = blank();
    } else count(counts, line);
  }
}

function blank(): Record<'compiled' | 'weak' | 'dependencies' | 'eager', number> {
  return { compiled: 0, weak: 0, dependencies: 0, eager: 0 };
}

function count(counts: ReturnType<typeof blank>, line: string): void {
  if (line.startsWith('[completed optimizing')) counts.compiled++;
  else if (line.includes('for deoptimization, reason: weak objects')) counts.weak++;
  else if (line.includes('for deoptimization, reason: code dependencies')) counts.dependencies++;
  else if (line.startsWith('[bailout (kind: deopt-eager')) counts.eager++;
}

/** The rounds, each on a collected heap, as the bench's. */
async function child(): Promise<void> {
  if (process.env.KEEPER === '1') await withKeptInstances(rounds);
  else await rounds();
}

async function rounds(): Promise<void> {
  const peer = process.env.PEER === '1';
  const measure = withOwnGarbage(() => (peer ? pQueueNsPerTask(N, false) : oursNsPerTask(N, false)), N);
  for (let round = 0; round < ROUNDS; round++) {
    const main0 = mainThreadMs();
    const all0 = cpuMs();
    const ns = await measure();
    const main = mainThreadMs() - main0;
    const all = cpuMs() - all0;
    console.log(
      `round ${round}: ${Math.round(ns)} ns/task, main thread ${Math.round((main / all) * 100)} % of ${Math.round(all)} ms`,
    );
  }
}

/** CPU time of the main thread in ms (user + system, 10 ms ticks), from /proc. */
function mainThreadMs(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
