import { asyncScheduler, interval, map, timer } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { FakeWorkerTransport } from '../../lib/workers/testing/fake-worker-transport';
import { WorkerPool } from '../../lib/workers/worker-pool';

const LATENCY_MS = 3;
const fns = { sleep: (ms: number, tag: string) => timer(ms).pipe(map(() => tag)) };
const sleep = { module: 'm.js', fn: 'sleep' };

/** Runs `body` in virtual time with a pool of `size` fake workers and 1 ms frames; returns when each tag was delivered. */
function arrivals(size: number, body: (exec: (ms: number, tag: string) => void) => void): Record<string, number> {
  const seen: Record<string, number> = {};
  new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ flush }) => {
    const scheduler = new FrameScheduler({ frames: interval(1) });
    const transport = new FakeWorkerTransport({ 'm.js': fns }, { latencyMs: LATENCY_MS });
    const pool = new WorkerPool({ scheduler, transport, size });
    const exec = (ms: number, tag: string) =>
      pool.exec<string>(sleep, [ms, tag]).subscribe((t) => (seen[t] = scheduler.now()));
    body(exec);
    flush();
    pool.dispose();
  });
  return seen;
}

describe('WorkerPool: long jobs wait in their worker, never behind a long one', () => {
  it("a worker holds the next job of a function it has timed, so it starts without the main thread's round trip", () => {
    const seen = arrivals(1, (exec) => {
      exec(10, 'warm');
      asyncScheduler.schedule(() => ['a', 'b', 'c'].forEach((t) => exec(10, t)), 100);
    });
    // a starts ~3 ms after 100 (latency); each next one starts when the previous ends, not 2 latencies later
    const gaps = [seen.b! - seen.a!, seen.c! - seen.b!];
    expect(gaps).toEqual([10, 10]);
  });

  it('an unseen function is not held behind another: a job waits in the pool until a worker is free', () => {
    const seen = arrivals(1, (exec) => ['a', 'b'].forEach((t) => exec(10, t)));
    expect(seen.b! - seen.a!).toBe(10 + 2 * LATENCY_MS);
  });

  it('an idle worker takes back a job waiting behind a long one in another worker', () => {
    const seen = arrivals(2, (exec) => {
      exec(1, 'warm');
      asyncScheduler.schedule(() => {
        exec(200, 'long'); // worker 1
        exec(10, 'short'); // worker 2
        exec(10, 'behind'); // both busy: waits in worker 1, behind 'long'
      }, 50);
    });
    expect(seen.behind).toBeLessThan(seen.long!);
    expect(seen.behind! - 50).toBeLessThan(10 + 10 + 8 * LATENCY_MS);
  });
});

describe('WorkerPool: a long job takes an idle worker of another module before waiting in a busy one', () => {
  it('replaces the idle worker of another module instead of queueing behind a long call', () => {
    const seen: Record<string, number> = {};
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ flush }) => {
      const scheduler = new FrameScheduler({ frames: interval(1) });
      const transport = new FakeWorkerTransport({ 'm.js': fns, 'other.js': fns }, { latencyMs: LATENCY_MS });
      const pool = new WorkerPool({ scheduler, transport, size: 2 });
      const exec = (module: string, ms: number, tag: string) =>
        pool.exec<string>({ module, fn: 'sleep' }, [ms, tag]).subscribe((t) => (seen[t] = scheduler.now()));
      exec('m.js', 1, 'warm');
      exec('other.js', 1, 'other'); // its worker is idle from ~8 ms on
      asyncScheduler.schedule(() => {
        exec('m.js', 200, 'long');
        exec('m.js', 10, 'next'); // the pool is full: the other module's idle worker makes way
      }, 50);
      flush();
      pool.dispose();
    });
    expect(seen.next).toBeLessThan(seen.long!);
  });
});

describe('WorkerPool: priority still orders calls that wait in a worker', () => {
  it('a later call of higher priority takes the place of a lower one waiting in the worker', () => {
    const order: string[] = [];
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ flush }) => {
      const scheduler = new FrameScheduler({ frames: interval(1) });
      const transport = new FakeWorkerTransport({ 'm.js': fns }, { latencyMs: LATENCY_MS });
      const pool = new WorkerPool({ scheduler, transport, size: 1 });
      const exec = (tag: string, priority = 0) =>
        pool.exec<string>(sleep, [10, tag], { priority }).subscribe((t) => order.push(t));
      exec('warm');
      asyncScheduler.schedule(() => {
        exec('running');
        exec('low'); // waits in the worker behind 'running'
        exec('high', 5); // no room: 'low' is asked back and queued behind it
      }, 50);
      flush();
      pool.dispose();
    });
    expect(order).toEqual(['warm', 'running', 'high', 'low']);
  });
});
