import { firstValueFrom, type Subscription } from 'rxjs';
import { WorkerCrashedError } from '../../lib/errors';
import { intervalFrames } from '../../lib/frames/interval-frames';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { nodeWorkerTransport } from '../../lib/workers/node-worker-transport';
import { WorkerPool } from '../../lib/workers/worker-pool';
import type { WorkerTransport } from '../../lib/workers/worker-transport';
import { buildWorkerFixtures } from './support/worker-fixtures';

const fixtures = buildWorkerFixtures();
afterAll(() => fixtures.cleanup());
const basic = (fn: string) => ({ module: fixtures.url('basic.worker.mjs'), fn });

let scheduler: FrameScheduler;
let spawned: number;
beforeEach(() => {
  scheduler = new FrameScheduler({ frames: intervalFrames(120), budgetMs: 8 });
  spawned = 0;
});
afterEach(() => scheduler.dispose());

function counting(): WorkerTransport {
  const inner = nodeWorkerTransport();
  return { spawn: (o) => (spawned++, inner.spawn(o)) };
}
/** Blocks this thread until `check` holds (so no message from a worker is handled meanwhile). */
function blockUntil(check: () => boolean, ms = 5_000): void {
  const end = performance.now() + ms;
  while (!check()) if (performance.now() > end) throw new Error('condition not met in time');
}

describe('WorkerPool on worker_threads: calls waiting in a worker (lookahead)', () => {
  it('stops a call its worker started before the cancel reached it; the next call does not wait for it', async () => {
    const pool = new WorkerPool({ scheduler, size: 1, transport: counting() });
    const runs = new Int32Array(new SharedArrayBuffer(8));
    await firstValueFrom(pool.exec(basic('mark'), [runs.buffer, 0, 5])); // timed: its next call waits in the worker
    const a = firstValueFrom(pool.exec(basic('mark'), [runs.buffer, 0, 20]));
    let bDelivered = false;
    const b = pool.exec(basic('mark'), [runs.buffer, 1, 4_000]).subscribe(() => (bDelivered = true));
    await new Promise((resolve) => setImmediate(resolve)); // both are on their way to the worker
    // 'a' ends and the worker starts 'b' while this thread has not yet heard of 'a''s result
    blockUntil(() => Atomics.load(runs, 1) === 1);
    b.unsubscribe();
    await a;
    const t0 = performance.now();
    await expect(firstValueFrom(pool.exec(basic('double'), [4]))).resolves.toBe(8);
    expect(performance.now() - t0).toBeLessThan(2_500); // 'b' would hold the worker for 4 s
    expect(spawned).toBe(2); // 'b' ended with its worker
    expect(bDelivered).toBe(false);
    pool.dispose();
  }, 15_000);

  it('runs every call exactly once through cancels and a crash; cancelled ones at most once', async () => {
    const pool = new WorkerPool({ scheduler, size: 2, transport: counting() });
    const n = 40;
    const runs = new Int32Array(new SharedArrayBuffer(4 * (n + 1)));
    await firstValueFrom(pool.exec(basic('mark'), [runs.buffer, n, 2])); // timed
    const delivered: number[] = [];
    const marks: Promise<void>[] = [];
    const subs: Subscription[] = [];
    let crash: Promise<unknown> = Promise.resolve();
    for (let i = 0; i < n; i++) {
      // an unseen function: it waits for an idle worker, which it ends, with the calls queued behind it
      if (i === n / 2) crash = firstValueFrom(pool.exec(basic('exit'), [7])).catch((e: unknown) => e);
      marks[i] = new Promise<void>((resolve, reject) => {
        subs[i] = pool.exec<number>(basic('mark'), [runs.buffer, i, 3]).subscribe({
          next: (v) => delivered.push(v),
          complete: resolve,
          error: reject,
        });
      });
    }
    const cancelled = new Set<number>();
    for (let k = 0; k < 6; k++) {
      await new Promise((resolve) => setTimeout(resolve, 4));
      const i = 5 + k * 6;
      cancelled.add(i);
      subs[i]?.unsubscribe();
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('calls pending')), 10_000)));
    await Promise.race([Promise.all([...marks.filter((_, i) => !cancelled.has(i)), crash]), late]);
    clearTimeout(timer);
    expect(await crash).toBeInstanceOf(WorkerCrashedError);
    const live = [...Array(n).keys()].filter((i) => !cancelled.has(i));
    expect([...delivered].sort((x, y) => x - y)).toEqual(live);
    for (const i of live) expect([i, Atomics.load(runs, i)]).toEqual([i, 1]);
    for (const i of cancelled) expect(Atomics.load(runs, i)).toBeLessThanOrEqual(1);
    pool.dispose();
  }, 20_000);
});
