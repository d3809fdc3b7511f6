import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { firstValueFrom } from 'rxjs';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { intervalFrames } from '../../lib/frames/interval-frames';
import { WorkerPool } from '../../lib/workers/worker-pool';
import { buildWorkerFixtures } from './support/worker-fixtures';

const fixtures = buildWorkerFixtures();
afterAll(() => fixtures.cleanup());

/** The nice value of each thread of this process (Linux: field 19 of /proc/self/task/<id>/stat). */
function niceByThread(): Map<number, number> {
  const nice = new Map<number, number>();
  for (const id of readdirSync('/proc/self/task')) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
    } catch {
      continue; // a thread that ended meanwhile (an earlier test's worker)
    }
    nice.set(Number(id), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return nice;
}

async function threadsAfterOneCall(
  nice: number | undefined,
): Promise<{ before: Map<number, number>; after: Map<number, number> }> {
  const scheduler = new FrameScheduler({ frames: intervalFrames(120), budgetMs: 8 });
  const pool = new WorkerPool({ scheduler, size: 1, ...(nice === undefined ? {} : { nice }) });
  try {
    const before = niceByThread();
    expect(await firstValueFrom(pool.exec({ module: fixtures.url('basic.worker.mjs'), fn: 'double' }, [21]))).toBe(42);
    return { before, after: niceByThread() };
  } finally {
    pool.dispose();
    scheduler.dispose();
  }
}

describe('WorkerPool nice: worker threads below the main thread (Linux)', () => {
  it('starts each worker thread `nice` steps below the thread that started it, and leaves every other thread alone', async () => {
    const main = getPriority();
    const { before, after } = await threadsAfterOneCall(7);
    // the worker's thread, and any other thread Node happened to start meanwhile (libuv's pool) at main's nice
    const started = [...after.keys()].filter((id) => !before.has(id)).map((id) => after.get(id));
    expect(started.filter((nice) => nice === Math.min(19, main + 7))).toHaveLength(1);
    expect(started.filter((nice) => nice !== main)).toHaveLength(1);
    for (const [id, nice] of before) if (after.has(id)) expect(after.get(id)).toBe(nice);
    expect(getPriority()).toBe(main);
  });

  it('leaves the worker thread at the main thread’s nice value by default', async () => {
    const { before, after } = await threadsAfterOneCall(undefined);
    const started = [...after.keys()].filter((id) => !before.has(id)).map((id) => after.get(id));
    expect(started.length).toBeGreaterThanOrEqual(1);
    expect(started.every((nice) => nice === getPriority())).toBe(true);
  });

  it('rejects a nice value outside 0-19, quoting it', () => {
    const scheduler = new FrameScheduler({ frames: intervalFrames(120), budgetMs: 8 });
    expect(() => new WorkerPool({ scheduler, nice: 20 })).toThrow(/nice.*expected 0 to 19.*20/s);
    expect(() => new WorkerPool({ scheduler, nice: 1.5 })).toThrow(/nice.*1\.5/s);
    scheduler.dispose();
  });
});
