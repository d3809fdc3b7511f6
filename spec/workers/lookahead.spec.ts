import { asyncScheduler, interval, map, timer, type Subscription } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { FakeWorkerTransport } from '../../lib/workers/testing/fake-worker-transport';
import { WorkerPool } from '../../lib/workers/worker-pool';
import { LATENCY_MS, oneFakeWorker } from './support/one-fake-worker';

// a timer, so it ignores ctx.signal: once started it runs to its end unless its worker is ended
const fns = { sleep: (ms: number, tag: string) => timer(ms).pipe(map(() => tag)) };
const sleep = { module: 'm.js', fn: 'sleep' };

/**
 * One fake worker (3 ms each way) whose `sleep` is timed (so it holds its next call),
 * then at 100: 'a' (10 ms) and 'b' (100 ms, waits in the worker behind 'a'); 'b' is
 * cancelled at `cancelAt`, 'c' (10 ms) asked for at 120.
 */
function cancelWaiting(cancelAt: number) {
  return oneFakeWorker(fns, (exec) => {
    exec(10, 'warm');
    let b: Subscription | undefined;
    asyncScheduler.schedule(() => {
      exec(10, 'a');
      b = exec(100, 'b');
    }, 100);
    asyncScheduler.schedule(() => b?.unsubscribe(), cancelAt);
    asyncScheduler.schedule(() => void exec(10, 'c'), 120);
  });
}

describe('WorkerPool: a call cancelled while it waits in its worker', () => {
  // 'a' reaches the worker at 103 and ends at 113, when the worker starts 'b'; the main
  // thread hears of it at 116.
  it('is dropped by the worker when the cancel arrives in time: no worker is replaced', () => {
    const { seen, workers } = cancelWaiting(105);
    expect(seen.b).toBeUndefined();
    expect(workers).toBe(1);
    expect(seen.c).toBeLessThan(120 + 10 + 4 * LATENCY_MS);
  });

  it('is stopped when the worker had already started it: its worker is ended, the next call does not wait for it', () => {
    const { seen, workers } = cancelWaiting(114); // the worker runs 'b' since 113
    expect(seen.b).toBeUndefined();
    expect(workers).toBe(2); // 'b' ended with its worker, a fresh one runs 'c'
    expect(seen.c).toBeLessThan(113 + 100); // not after 'b' would have ended
  });
});

describe('WorkerPool: a worker running a timed long function is refilled two calls per message', () => {
  it('sends 10 calls in 6 messages, and the worker never waits between them', () => {
    const order: string[] = [];
    const runMessages: number[] = [];
    let last = 0;
    new TestScheduler((x, y) => expect(x).toEqual(y)).run(({ flush }) => {
      const scheduler = new FrameScheduler({ frames: interval(1) });
      const inner = new FakeWorkerTransport({ 'm.js': fns }, { latencyMs: LATENCY_MS });
      const transport = {
        ...inner,
        defer: inner.defer,
        spawn: (o: Parameters<typeof inner.spawn>[0]) => {
          const handle = inner.spawn(o);
          const post = handle.postMessage.bind(handle);
          handle.postMessage = (batch: unknown[], t?: readonly Transferable[]) => {
            const runs = batch.filter((v, i) => i % 4 === 0 && v === 'r').length;
            if (runs > 0) runMessages.push(runs);
            post(batch, t);
          };
          return handle;
        },
      };
      const pool = new WorkerPool({ scheduler, transport, size: 1 });
      pool.exec<string>(sleep, [10, 'warm']).subscribe();
      asyncScheduler.schedule(() => {
        runMessages.length = 0;
        for (let i = 0; i < 10; i++)
          pool.exec<string>(sleep, [10, `t${i}`]).subscribe((t) => (order.push(t), (last = scheduler.now())));
      }, 100);
      flush();
      pool.dispose();
    });
    expect(order).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}`));
    expect(runMessages).toEqual([1, 1, 2, 2, 2, 2]);
    // the first call starts at 103 (latency), each next one as the one before ends; its result takes 3 ms and a frame
    expect(last).toBeLessThanOrEqual(103 + 10 * 10 + LATENCY_MS + 1);
  });
});
