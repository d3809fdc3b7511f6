import { interval, map, timer } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { immediateDelivery } from '../../lib/workers/immediate-delivery';
import { FakeWorkerTransport } from '../../lib/workers/testing/fake-worker-transport';
import { WorkerPool } from '../../lib/workers/worker-pool';
import type { WorkerContext } from '../../lib/workers/worker-side/worker-context';

const fns = {
  slow: (n: number) => timer(25).pipe(map(() => n)),
  ticks: (ctx: WorkerContext) => timer(3).pipe(map(() => (ctx.progress(1), ctx.progress(2), 'done'))),
};
const target = (fn: string) => ({ module: 'mesh.js', fn });
const testScheduler = () => new TestScheduler((a, b) => expect(a).toEqual(b));

describe('immediateDelivery: results without frames', () => {
  it('hands the result over when the worker answers, where a frame scheduler waits for its next frame', () => {
    testScheduler().run(({ expectObservable }) => {
      const transport = new FakeWorkerTransport({ 'mesh.js': fns });
      const direct = new WorkerPool({ scheduler: immediateDelivery, transport, size: 1 });
      const framed = new WorkerPool({ scheduler: new FrameScheduler({ frames: interval(10) }), transport, size: 1 });
      expectObservable(direct.exec(target('slow'), [7])).toBe('25ms (a|)', { a: 7 });
      expectObservable(framed.exec(target('slow'), [7])).toBe('35ms (a|)', { a: 7 });
    });
  });

  it('hands progress over per message from the worker, then the result', () => {
    testScheduler().run(({ expectObservable, flush }) => {
      const transport = new FakeWorkerTransport({ 'mesh.js': fns });
      const pool = new WorkerPool({ scheduler: immediateDelivery, transport, size: 1 });
      const seen: unknown[] = [];
      expectObservable(pool.exec(target('ticks'), [], { progress: 'all', onProgress: (p) => seen.push(p) })).toBe(
        '3ms (a|)',
        { a: 'done' },
      );
      flush();
      expect(seen).toEqual([[1], [2]]); // the fake worker sends each value in its own message
    });
  });
});
