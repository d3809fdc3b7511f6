import { firstValueFrom, filter } from 'rxjs';
import { TaskTimeoutError, WorkerTaskError } from '../../lib/errors';
import { intervalFrames } from '../../lib/frames/interval-frames';
import { Runtime } from '../../lib/runtime/runtime';
import { createWorkers, type Workers } from '../../lib/workers/workers';
import { buildWorkerFixtures } from './support/worker-fixtures';

const fixtures = buildWorkerFixtures();
afterAll(() => fixtures.cleanup());

let runtime: Runtime;
let workers: Workers;
beforeEach(() => {
  runtime = new Runtime({ frames: intervalFrames(120), budgetMs: 8 });
  workers = createWorkers(runtime, { size: 2 });
});
afterEach(() => {
  workers.dispose();
  runtime.dispose();
});

const basic = (fn: string) => ({ module: fixtures.url('basic.worker.mjs'), fn });
const settled = (id: string) =>
  firstValueFrom(
    runtime.table$.pipe(
      filter((rows) =>
        ['completed', 'failed', 'cancelled', 'timeout'].includes(rows.find((r) => r.id === id)?.status ?? ''),
      ),
    ),
  );

describe('Workers: worker tasks in the task table', () => {
  it('runs a worker task with hooks on frames; the row shows kind, standalone and progress', async () => {
    const seen: { what: string; inFrame: boolean }[] = [];
    const done = new Promise<number>((resolve) => {
      workers.run<number>(basic('count'), [1000], {
        description: 'count',
        onProgress: () => seen.push({ what: 'progress', inFrame: runtime.scheduler.inFrame }),
        onSuccess: (n) => (seen.push({ what: 'success', inFrame: runtime.scheduler.inFrame }), resolve(n)),
      });
    });
    await expect(done).resolves.toBe(1000);
    expect(seen.every((s) => s.inFrame)).toBe(true);
    expect(seen.at(-1)?.what).toBe('success');
    const row = runtime.table$.value.find((r) => r.description === 'count');
    expect(row).toMatchObject({ status: 'completed', kind: 'worker', meta: { standalone: false }, progress: 1000 });
  });

  it('reports a worker error to onError and fails the row', async () => {
    const error = new Promise<unknown>((resolve) => workers.run(basic('fail'), ['no'], { onError: resolve }));
    await expect(error).resolves.toBeInstanceOf(WorkerTaskError);
    expect(runtime.table$.value[0]?.status).toBe('failed');
  });

  it('times out a busy worker: status timeout, onError gets TaskTimeoutError, the worker is replaced', async () => {
    let error: unknown;
    const id = workers.run(basic('busy'), [], { timeout: 200, onError: (e) => (error = e), standalone: true });
    const rows = await settled(id);
    expect(rows.find((r) => r.id === id)).toMatchObject({ status: 'timeout', meta: { standalone: true } });
    await new Promise((r) => setTimeout(r, 50));
    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect(workers.pool.stats.standalone).toBe(0);
    const ok = workers.run(basic('double'), [4]);
    await expect(runtime.tasks.resultPromise(ok)).resolves.toBe(8);
  });

  it('cancels a running worker task by id', async () => {
    const id = workers.run(basic('busy'));
    await firstValueFrom(runtime.table$.pipe(filter((rows) => rows[0]?.status === 'running')));
    await new Promise((r) => setTimeout(r, 50));
    runtime.tasks.cancel(id);
    const rows = await settled(id);
    expect(rows[0]?.status).toBe('cancelled');
    await expect(runtime.tasks.resultPromise(workers.run(basic('double'), [1]))).resolves.toBe(2);
  });

  it('rejects bad options with InvalidArgumentError quoting the value', () => {
    expect(() => workers.run(basic('double'), [], { priority: 'high' as never })).toThrow(/priority.*"high"/);
    expect(() => workers.pool.exec({ module: '', fn: 'x' })).toThrow(/target.module/);
  });
});
