import { config, map, timer } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { immediateDelivery } from '../../lib/workers/immediate-delivery';
import { FakeWorkerTransport } from '../../lib/workers/testing/fake-worker-transport';
import { WorkerPool } from '../../lib/workers/worker-pool';
import type { WorkerContext } from '../../lib/workers/worker-side/worker-context';

const fns = {
  ticks: (ctx: WorkerContext) => timer(3).pipe(map(() => (ctx.progress(1), 'ticked'))),
  slow: (n: number) => timer(25).pipe(map(() => n)),
};
const target = (fn: string) => ({ module: 'mesh.js', fn });

describe('immediateDelivery: a hook that throws', () => {
  it("is reported as RxJS reports an unhandled error; the pool's message handling goes on", () => {
    const unhandled: unknown[] = [];
    const boom = new Error('onProgress failed');
    config.onUnhandledError = (e) => unhandled.push(e);
    try {
      new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ expectObservable }) => {
        const transport = new FakeWorkerTransport({ 'mesh.js': fns });
        const pool = new WorkerPool({ scheduler: immediateDelivery, transport, size: 1 });
        const onProgress = () => {
          throw boom;
        };
        expectObservable(pool.exec(target('ticks'), [], { onProgress })).toBe('3ms (a|)', { a: 'ticked' });
        expectObservable(pool.exec(target('slow'), [7])).toBe('28ms (b|)', { b: 7 });
      });
    } finally {
      config.onUnhandledError = null;
    }
    expect(unhandled).toEqual([boom]);
  });
});
