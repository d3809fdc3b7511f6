import { interleaved, ratio, record, spreadOf, type Spread } from './interleaved.js';
import { cpuBound } from './workers-cpu.js';
import { progressFlood } from './workers-flood.js';
import { startField, type Contestant, type Name } from './workers-peers.js';

const N = 10_000;
const SEQ = 1_000;
const ROUNDS = { repetitions: 5, warmup: 1 };

/**
 * Issue 4/13's worker benchmarks: ours against Piscina, workerpool and bare
 * `worker_threads`, interleaved round by round (A B C A B C …), every figure the median
 * of 5 rounds with its min and max.
 */
export default async function workersBench(): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  const { field, close } = startField();
  try {
    await pipelined(m, field);
    await sequential(m, field);
    await cpuBound(m, field);
  } finally {
    await close();
  }
  Object.assign(m, await progressFlood());
  return m;
}

const perCall = (run: () => Promise<unknown>, n: number) => async () => {
  const t0 = performance.now();
  await run();
  return ((performance.now() - t0) * 1000) / n;
};

async function pipelined(m: Record<string, number>, field: Record<Name, Contestant>): Promise<void> {
  const r = await interleaved(
    {
      ours: perCall(() => field.ours.pipelined(N), N),
      piscina: perCall(() => field.piscina.pipelined(N), N),
      workerpool: perCall(() => field.workerpool.pipelined(N), N),
      bare: perCall(() => field.bare.pipelined(N), N),
    },
    ROUNDS,
  );
  record(m, 'workers.usPerTask.pipelined', r.ours);
  record(m, 'workers.piscina.usPerTask.pipelined', r.piscina);
  record(m, 'workers.workerpool.usPerTask.pipelined', r.workerpool);
  record(m, 'workers.bare.usPerTask.pipelined', r.bare);
  record(m, 'workers.vsPiscina', ratio(r.piscina, r.ours));
  record(m, 'workers.vsWorkerpool', ratio(r.workerpool, r.ours));
  console.log(`pipelined ${N}, µs per call: ${line(r)}`);
}

async function sequential(m: Record<string, number>, field: Record<Name, Contestant>): Promise<void> {
  const hop = async () => {
    for (let i = 0; i < SEQ; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  const r = await interleaved(
    {
      oursDirect: perCall(() => field.oursDirect.sequential(SEQ), SEQ),
      ours: perCall(() => field.ours.sequential(SEQ), SEQ),
      piscina: perCall(() => field.piscina.sequential(SEQ), SEQ),
      workerpool: perCall(() => field.workerpool.sequential(SEQ), SEQ),
      bare: perCall(() => field.bare.sequential(SEQ), SEQ),
      hop: perCall(hop, SEQ),
    },
    ROUNDS,
  );
  record(m, 'workers.usRoundTrip.sequential', r.oursDirect);
  record(m, 'workers.usRoundTrip.sequentialOnFrames', r.ours);
  record(m, 'workers.usRoundTrip.frameHooksCost', difference(r.ours, r.oursDirect));
  record(m, 'workers.usRoundTrip.overBare', difference(r.oursDirect, r.bare));
  record(m, 'workers.bare.usRoundTrip.sequential', r.bare);
  record(m, 'workers.piscina.usRoundTrip.sequential', r.piscina);
  record(m, 'workers.workerpool.usRoundTrip.sequential', r.workerpool);
  record(m, 'workers.usPerEventLoopHop', r.hop);
  console.log(`sequential ${SEQ}, µs per round trip: ${line(r)}`);
}

/** `a − b` round by round (measured side by side), then its spread. */
function difference(a: Spread, b: Spread): Spread {
  return spreadOf(a.samples.map((x, i) => x - (b.samples[i] as number)));
}

function line(r: Record<string, Spread>): string {
  const f = (n: number) => n.toFixed(1);
  return Object.entries(r)
    .map(([name, s]) => `${name} ${f(s.median)} [${f(s.min)}–${f(s.max)}]`)
    .join(', ');
}
