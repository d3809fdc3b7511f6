import fc from 'fast-check';
import { asyncScheduler, interval, map, timer, type Subscription } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { FakeWorkerTransport } from '../../lib/workers/testing/fake-worker-transport';
import { WorkerPool } from '../../lib/workers/worker-pool';

const runs = Number(process.env.RELIABILITY_RUNS ?? 150);
const starts = new Map<number, number>();
// timed, so it ignores ctx.signal: once started it runs to its end unless its worker is ended
const fns = {
  sleep: (ms: number, n: number) => {
    starts.set(n, (starts.get(n) ?? 0) + 1);
    return timer(ms).pipe(map(() => n));
  },
};
const sleep = { module: 'm.js', fn: 'sleep' };

const scenario = fc.record({
  size: fc.integer({ min: 1, max: 3 }),
  latencyMs: fc.integer({ min: 0, max: 4 }),
  graceMs: fc.constantFrom(0, 0, 5),
  calls: fc.array(
    fc.record({
      at: fc.nat(60),
      ms: fc.integer({ min: 1, max: 25 }),
      cancelAfter: fc.option(fc.nat(40), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 12 },
  ),
  crashes: fc.array(fc.record({ at: fc.nat(80), worker: fc.nat(5) }), { maxLength: 2 }),
});

describe('WorkerPool: random calls, cancels and crashes (simulated workers)', () => {
  it('never starts a call twice, and ends every call it was not told to cancel', () => {
    fc.assert(
      fc.property(scenario, ({ size, latencyMs, graceMs, calls, crashes }) => {
        starts.clear();
        const ended = new Set<number>();
        new TestScheduler((x, y) => expect(x).toEqual(y)).run(({ flush }) => {
          const scheduler = new FrameScheduler({ frames: interval(1) });
          const transport = new FakeWorkerTransport({ 'm.js': fns }, { latencyMs });
          const pool = new WorkerPool({ scheduler, transport, size, cancelGraceMs: graceMs });
          calls.forEach(({ at, ms, cancelAfter }, n) => {
            let sub: Subscription | undefined;
            asyncScheduler.schedule(() => {
              const end = () => ended.add(n);
              sub = pool.exec<number>(sleep, [ms, n]).subscribe({ error: end, complete: end });
            }, at);
            if (cancelAfter !== undefined) asyncScheduler.schedule(() => sub?.unsubscribe(), at + cancelAfter);
          });
          for (const { at, worker } of crashes) asyncScheduler.schedule(() => transport.workers[worker]?.crash(1), at);
          flush();
          pool.dispose();
        });
        for (const [n, count] of starts) expect([n, count]).toEqual([n, 1]);
        calls.forEach(
          ({ cancelAfter }, n) => cancelAfter === undefined && expect([n, ended.has(n)]).toEqual([n, true]),
        );
      }),
      { numRuns: runs },
    );
  });
});
