import { firstValueFrom, timeout } from 'rxjs';
import { WorkerTaskError } from '../../lib/errors';
import { intervalFrames } from '../../lib/frames/interval-frames';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { WorkerPool } from '../../lib/workers/worker-pool';
import { buildWorkerFixtures } from './support/worker-fixtures';

const fixtures = buildWorkerFixtures();
afterAll(() => fixtures.cleanup());
const basic = (fn: string) => ({ module: fixtures.url('basic.worker.mjs'), fn });

describe('WorkerPool on worker_threads: a progress value that cannot be cloned', () => {
  it('fails its call and stops it: the next call does not wait behind it in the worker', async () => {
    const scheduler = new FrameScheduler({ frames: intervalFrames(120), budgetMs: 8 });
    const pool = new WorkerPool({ scheduler, size: 1 });
    try {
      const bad = firstValueFrom(pool.exec(basic('badProgress'))).catch((e: unknown) => e);
      const next = firstValueFrom(pool.exec<number>(basic('double'), [4]).pipe(timeout({ first: 5_000 })));
      const e = await bad;
      expect(e).toBeInstanceOf(WorkerTaskError);
      expect((e as Error).message).toMatch(/#badProgress failed: .*could not be cloned/);
      await expect(next).resolves.toBe(8);
    } finally {
      pool.dispose();
      scheduler.dispose();
    }
  }, 15_000);
});
