import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { execAll, execSequential, ours } from './workers-harness.js';
import { spinMs, type Stamp } from './workers-spin.js';
import type { WorkerPool } from '../lib/workers/worker-pool.js';

const require = createRequire(import.meta.url);
const { Piscina } = require('piscina') as typeof import('piscina');
const workerpool = require('workerpool') as typeof import('workerpool');

const oursUrl = new URL('./workers-ours.worker.js', import.meta.url);
const piscinaUrl = new URL('./workers-piscina.worker.js', import.meta.url).href;
const workerpoolPath = new URL('./workers-workerpool.worker.js', import.meta.url).pathname;
const bareUrl = new URL('./workers-bare.worker.js', import.meta.url);

/** One way of running the bench's tasks on 2 threads. */
export interface Contestant {
  /** `n` echo calls at once. */
  pipelined(n: number): Promise<unknown>;
  /** `n` echo calls one after the other. */
  sequential(n: number): Promise<void>;
  /** `n` spins of `ms` at once; resolves with when each ran. */
  cpu(n: number, ms: number): Promise<readonly Stamp[]>;
}

/**
 * Who runs: ours (results on frames), ours with results delivered at once, the peers, bare
 * worker_threads (one task per round trip), `floor`: bare worker_threads with every
 * task sent before the first starts, so the main thread only receives results, and
 * `floorBurn`: the floor with {@link BURN_US} of main-thread work per result, which
 * shows what each µs the main thread spends per result costs the workers on 2 cores.
 */
export type Name = 'ours' | 'oursDirect' | 'piscina' | 'workerpool' | 'bare' | 'floor' | 'floorBurn';

/** Main-thread work per result added for `floorBurn`, in µs. */
export const BURN_US = 100;

/**
 * Starts every contestant with 2 threads (kept alive between rounds) and returns them
 * with a `close` that ends them all.
 *
 * @example
 * ```ts
 * const { field, close } = startField();
 * await field.piscina.sequential(1_000);
 * ```
 */
export function startField(): { field: Record<Name, Contestant>; close: () => Promise<void> } {
  const { pool, direct, scheduler } = ours(2);
  const pis = new Piscina({ filename: piscinaUrl, minThreads: 2, maxThreads: 2, idleTimeout: 60_000 });
  const wp = workerpool.pool(workerpoolPath, { minWorkers: 2, maxWorkers: 2, workerType: 'thread' });
  const bare = [new BareWorker(bareUrl), new BareWorker(bareUrl)] as const;
  const bareContestant: Contestant = {
    pipelined: (n) => Promise.all(Array.from({ length: n }, (_, i) => (i % 2 ? bare[1] : bare[0]).call(i))),
    sequential: async (n) => {
      for (let i = 0; i < n; i++) await bare[0].call(i);
    },
    cpu: (n, ms) => bareCpu(bare, n, ms),
  };
  const field: Record<Name, Contestant> = {
    ours: oursOn(pool),
    oursDirect: oursOn(direct),
    piscina: viaPromises(
      (i) => pis.run(i, { name: 'noop' }),
      (ms) => pis.run(ms, { name: 'cpu' }),
    ),
    workerpool: viaPromises(
      (i) => wp.exec('noop', [i]),
      (ms) => wp.exec('cpu', [ms]),
    ),
    bare: bareContestant,
    floor: { ...bareContestant, cpu: (n, ms) => bareUpfront(bare, n, ms, 0) },
    floorBurn: { ...bareContestant, cpu: (n, ms) => bareUpfront(bare, n, ms, BURN_US) },
  };
  const close = async () => {
    pool.dispose();
    direct.dispose();
    scheduler.dispose();
    await pis.destroy();
    await wp.terminate();
    await Promise.all(bare.map((b) => b.worker.terminate()));
  };
  return { field, close };
}

/** A peer whose calls return promises: `noop(i)` echoes, `cpu(ms)` spins. */
function viaPromises(noop: (i: number) => Promise<unknown>, cpu: (ms: number) => Promise<unknown>): Contestant {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    pipelined: (n) => Promise.all(range(n).map(noop)),
    sequential: async (n) => {
      for (let i = 0; i < n; i++) await noop(i);
    },
    cpu: (n, ms) => Promise.all(range(n).map(() => cpu(ms) as Promise<Stamp>)),
  };
}

function oursOn(pool: WorkerPool): Contestant {
  return {
    pipelined: (n) => execAll(pool, oursUrl, 'noop', (i) => [i], n),
    sequential: (n) => execSequential(pool, oursUrl, 'noop', n),
    cpu: (n, ms) => execAll<Stamp>(pool, oursUrl, 'cpu', () => [ms], n),
  };
}

/** The least any pool that sends one task per round trip can cost: each worker asks for its next task when done. */
async function bareCpu(workers: readonly BareWorker[], n: number, ms: number): Promise<Stamp[]> {
  const stamps: Stamp[] = [];
  let left = n;
  const loop = async (w: BareWorker) => {
    while (left-- > 0) stamps.push(await w.call<Stamp>(['cpu', ms]));
  };
  await Promise.all(workers.map(loop));
  return stamps;
}

/**
 * The floor of any pool that hands each result to the main thread as its task ends: all
 * tasks are in the workers' ports before the first ends, so there is no dispatch and no
 * round trip between tasks; what is left is the main thread waking for each result (on
 * 2 cores, time taken from a worker) and the machine's own noise.
 */
function bareUpfront(workers: readonly BareWorker[], n: number, ms: number, burnUs: number): Promise<Stamp[]> {
  const call = (i: number) => (workers[i % workers.length] as BareWorker).call<Stamp>(['cpu', ms]);
  // the burn runs as the result arrives, in the same wake-up of the main thread
  const burn = (stamp: Stamp) => (spinMs(burnUs / 1000), stamp);
  return Promise.all(Array.from({ length: n }, (_, i) => (burnUs > 0 ? call(i).then(burn) : call(i))));
}

/** A raw worker answering in order: each call waits for the next message. */
class BareWorker {
  readonly worker: Worker;
  private readonly waiting: ((value: unknown) => void)[] = [];

  constructor(url: URL) {
    this.worker = new Worker(url);
    this.worker.on('message', (value: unknown) => this.waiting.shift()?.(value));
  }

  call<T>(message: unknown): Promise<T> {
    return new Promise((resolve) => {
      this.waiting.push(resolve as (value: unknown) => void);
      this.worker.postMessage(message);
    });
  }
}
