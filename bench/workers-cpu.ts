import { interleaved, record, spreadOf, type Spread } from './interleaved.js';
import { mainThreadCpuUs } from './workers-main-thread-cpu.js';
import { median } from './measure.js';
import type { Contestant, Name } from './workers-peers.js';
import type { Stamp } from './workers-spin.js';

const TASKS = 200;
const MS = 5;
const THREADS = 2;
const IDEAL_MS = (TASKS * MS) / THREADS;

interface Round {
  readonly overheadUs: number;
  readonly speedup: number;
  /** Wall time minus the mean busy time of a thread, per task: what the pool cost, overruns aside. */
  readonly idleUsPerTask: number;
  /** Median time a worker sat idle between two of its tasks (the pool's doing). */
  readonly idleGapUs: number;
  /** Main-thread CPU per task (Linux): on 2 busy cores, time taken from a worker. */
  readonly mainUs: number;
  /** Median time a 5 ms spin overran (preemption by other processes: the machine's doing). */
  readonly overrunUs: number;
}

/**
 * 200 spins of 5 ms on 2 threads, every contestant once per round, interleaved. The wall
 * time over the ideal 500 ms, per task per thread, is the overhead; the stamps split it
 * into idle gaps between tasks (the pool) and tasks overrunning (other processes).
 *
 * @example
 * ```ts
 * await cpuBound(metrics, field);
 * ```
 */
export async function cpuBound(m: Record<string, number>, field: Record<Name, Contestant>): Promise<void> {
  const rounds = new Map<Name, Round[]>();
  const measure = (name: Name) => async () => {
    const cpu0 = mainThreadCpuUs();
    const t0 = performance.now();
    const stamps = await field[name].cpu(TASKS, MS);
    const round = analyse(performance.now() - t0, stamps, (mainThreadCpuUs() - cpu0) / TASKS);
    rounds.set(name, [...(rounds.get(name) ?? []), round]);
    return round.overheadUs;
  };
  const names: Name[] = ['ours', 'piscina', 'workerpool', 'bare', 'oursDirect', 'floor', 'floorBurn'];
  const overhead = await interleaved(
    Object.fromEntries(names.map((n) => [n, measure(n)])) as Record<Name, () => Promise<number>>,
    {
      repetitions: 5,
      warmup: 1,
    },
  );
  // the warm-up round is not in `overhead`: drop it here too
  const measured = (name: Name) => (rounds.get(name) ?? []).slice(1);
  const spread = (name: Name, key: keyof Round) => spreadOf(measured(name).map((r) => r[key]));
  const prefix = (name: Name) => (name === 'ours' ? 'workers' : `workers.${name === 'oursDirect' ? 'direct' : name}`);
  for (const name of names) {
    record(m, `${prefix(name)}.cpuOverheadUsPerTask`, overhead[name]);
    record(m, `${prefix(name)}.cpuSpeedup`, spread(name, 'speedup'));
    record(m, `${prefix(name)}.cpuIdleUsPerTask`, spread(name, 'idleUsPerTask'));
    record(m, `${prefix(name)}.cpuIdleGapUs`, spread(name, 'idleGapUs'));
    record(m, `${prefix(name)}.cpuTaskOverrunUs`, spread(name, 'overrunUs'));
    record(m, `${prefix(name)}.cpuMainUsPerTask`, spread(name, 'mainUs'));
  }
  // what delivering results on frames costs here (a frame started and stopped per result), round by round
  const minus = (a: readonly number[], b: readonly number[]) => spreadOf(a.map((x, i) => x - (b[i] as number)));
  const mains = (name: Name) => measured(name).map((r) => r.mainUs);
  record(m, 'workers.cpuFrameHooksCostUs', minus(overhead.ours.samples, overhead.oursDirect.samples));
  record(m, 'workers.cpuFrameHooksMainUs', minus(mains('ours'), mains('oursDirect')));
  // how much of each µs the main thread spends per result comes back as worker idle time (1 = all of it)
  const gaps = (name: Name) => measured(name).map((r) => r.idleGapUs);
  const gapGrowth = minus(gaps('floorBurn'), gaps('floor')).samples;
  const mainGrowth = minus(mains('floorBurn'), mains('floor')).samples;
  record(m, 'workers.cpuGapPerMainUs', spreadOf(gapGrowth.map((g, i) => g / (mainGrowth[i] as number))));
  const ahead = overhead.ours.samples.filter(
    (us, i) => us < (overhead.piscina.samples[i] as number) && us < (overhead.workerpool.samples[i] as number),
  );
  m['workers.cpuRoundsAheadOfPeers'] = ahead.length / overhead.ours.samples.length;
  for (const name of names) console.log(describe(name, overhead[name], measured(name)));
}

function analyse(wallMs: number, stamps: readonly Stamp[], mainUs: number): Round {
  const byThread = new Map<number, Stamp[]>();
  for (const s of stamps) byThread.set(s[2], [...(byThread.get(s[2]) ?? []), s]);
  const gaps: number[] = [];
  const overruns: number[] = [];
  let busyMs = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a[0] - b[0]);
    list.forEach((s, i) => {
      overruns.push((s[1] - s[0] - MS) * 1000);
      busyMs += s[1] - s[0];
      if (i > 0) gaps.push((s[0] - (list[i - 1] as Stamp)[1]) * 1000);
    });
  }
  return {
    overheadUs: ((wallMs - IDEAL_MS) * 1000) / (TASKS / THREADS),
    speedup: (TASKS * MS) / wallMs,
    idleUsPerTask: ((wallMs - busyMs / THREADS) * 1000) / (TASKS / THREADS),
    idleGapUs: median(gaps),
    overrunUs: median(overruns),
    mainUs,
  };
}

function describe(name: Name, overhead: Spread, rounds: readonly Round[]): string {
  const med = (key: keyof Round) => median(rounds.map((r) => r[key])).toFixed(key === 'speedup' ? 3 : 0);
  return (
    `cpu ${TASKS}x${MS} ms on ${THREADS}, ${name.padEnd(10)}: overhead ${overhead.median.toFixed(0)} µs/task ` +
    `[${overhead.min.toFixed(0)}–${overhead.max.toFixed(0)}], speedup ${med('speedup')}, ` +
    `idle ${med('idleUsPerTask')} µs/task (gap ${med('idleGapUs')}), main thread ${med('mainUs')} µs/task, task overrun ${med('overrunUs')} µs`
  );
}
