import { asyncScheduler, interval, map, NEVER, take, tap, timer } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { WorkerCrashedError, WorkerLoadError, WorkerTaskError } from '../../lib/errors';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import type { WorkerContext } from '../../lib/workers/worker-side/worker-context';
import { FakeWorkerTransport } from '../../lib/workers/testing/fake-worker-transport';
import { WorkerPool } from '../../lib/workers/worker-pool';

const fns = {
  double: (n: number) => n * 2,
  slow: (n: number) => timer(25).pipe(map(() => n)),
  ticks: (ctx: WorkerContext) =>
    timer(1, 5).pipe(
      take(5),
      tap((i) => ctx.progress(i)),
    ),
  forever: () => NEVER,
  fail: () => {
    throw new TypeError('nope');
  },
};
const target = (fn: string) => ({ module: 'mesh.js', fn });

function setup(size = 2, idleTimeoutMs = 1_000) {
  const scheduler = new FrameScheduler({ frames: interval(10) });
  const transport = new FakeWorkerTransport({ 'mesh.js': fns });
  const pool = new WorkerPool({ scheduler, transport, size, idleTimeoutMs });
  return { scheduler, transport, pool };
}
const testScheduler = () => new TestScheduler((a, b) => expect(a).toEqual(b));

describe('FakeWorkerTransport: marble tests of worker code', () => {
  // Frames run only while work waits, so interval(10) starts when a delivery is queued.
  it('delivers a result at the start of the next frame', () => {
    testScheduler().run(({ expectObservable }) => {
      const { pool } = setup();
      expectObservable(pool.exec(target('double'), [21])).toBe('10ms (a|)', { a: 42 });
      expectObservable(pool.exec(target('slow'), [7])).toBe('35ms (a|)', { a: 7 });
    });
  });

  it('coalesces progress per frame: the latest value, then the result in the same frame', () => {
    testScheduler().run(({ expectObservable, flush }) => {
      const { pool, scheduler } = setup();
      const seen: [number, number][] = [];
      const out = pool.exec(target('ticks'), [], { onProgress: (p: number) => seen.push([scheduler.now(), p]) });
      expectObservable(out).toBe('31ms (a|)', { a: 4 });
      flush();
      expect(seen).toEqual([
        [11, 1],
        [21, 3],
        [31, 4],
      ]);
    });
  });

  it('gives every value in order with progress: all', () => {
    testScheduler().run(({ flush }) => {
      const { pool } = setup();
      const seen: number[][] = [];
      pool.exec(target('ticks'), [], { progress: 'all', onProgress: (p: number[]) => seen.push(p) }).subscribe();
      flush();
      expect(seen).toEqual([[0, 1], [2, 3], [4]]);
    });
  });

  it('queues beyond the pool size and runs in order', () => {
    testScheduler().run(({ expectObservable }) => {
      const { pool } = setup(1);
      expectObservable(pool.exec(target('slow'), [1])).toBe('35ms (a|)', { a: 1 });
      expectObservable(pool.exec(target('slow'), [2])).toBe('60ms (a|)', { a: 2 });
    });
  });

  it('terminates the worker when a running task is unsubscribed', () => {
    testScheduler().run(({ expectObservable, flush }) => {
      const { pool, transport } = setup();
      expectObservable(pool.exec(target('forever')), '^ 14ms !').toBe('');
      flush();
      expect(transport.workers[0]?.exited).toBe(true);
    });
  });

  it('fails the running task when its worker crashes, and replaces the worker', () => {
    testScheduler().run(({ expectObservable, flush }) => {
      const { pool, transport } = setup(1);
      const errors: unknown[] = [];
      pool.exec(target('forever')).subscribe({ error: (e) => errors.push(e) });
      asyncScheduler.schedule(() => transport.workers[0]?.crash(3), 5);
      expectObservable(pool.exec(target('double'), [2])).toBe('15ms (a|)', { a: 4 });
      flush();
      expect(errors[0]).toBeInstanceOf(WorkerCrashedError);
      expect((errors[0] as WorkerCrashedError).exitCode).toBe(3);
      expect(transport.workers).toHaveLength(2);
    });
  });

  it('maps throws, missing functions and missing modules to named errors', () => {
    testScheduler().run(({ flush }) => {
      const { pool } = setup();
      const errors: unknown[] = [];
      const collect = { error: (e: unknown) => errors.push(e) };
      pool.exec(target('fail')).subscribe(collect);
      pool.exec(target('missing')).subscribe(collect);
      pool.exec({ module: 'nope.js', fn: 'x' }).subscribe(collect);
      flush();
      expect(errors.map((e) => (e as Error).constructor)).toEqual([WorkerTaskError, WorkerLoadError, WorkerLoadError]);
    });
  });

  it('terminates idle workers after the idle timeout', () => {
    testScheduler().run(({ flush }) => {
      const { pool, transport } = setup(2, 100);
      pool.exec(target('double'), [1]).subscribe();
      const alive: number[] = [];
      asyncScheduler.schedule(() => alive.push(transport.alive.length), 50);
      asyncScheduler.schedule(() => alive.push(transport.alive.length), 150);
      flush();
      expect(alive).toEqual([1, 0]);
    });
  });
});
