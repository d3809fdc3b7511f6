import { asyncScheduler, interval, map, timer } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { WorkerCrashedError } from '../../lib/errors';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { FakeWorkerTransport } from '../../lib/workers/testing/fake-worker-transport';
import { WorkerPool } from '../../lib/workers/worker-pool';

const fns = { slow: (n: number) => timer(25).pipe(map(() => n)) };
const slow = { module: 'm.js', fn: 'slow' };

/** One fake worker 3 ms away: 'slow' reaches it at 3, ends at 28; its result arrives at 31. The worker crashes at `crashAt`. */
function crashAfterResult(crashAt: number) {
  const outcomes: unknown[] = [];
  new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ flush }) => {
    const scheduler = new FrameScheduler({ frames: interval(1) });
    const transport = new FakeWorkerTransport({ 'm.js': fns }, { latencyMs: 3 });
    const pool = new WorkerPool({ scheduler, transport, size: 1 });
    pool.exec(slow, [7]).subscribe({ next: (v) => outcomes.push(v), error: (e: unknown) => outcomes.push(e) });
    asyncScheduler.schedule(() => transport.workers[0]?.crash(3), crashAt);
    flush();
    pool.dispose();
  });
  return outcomes;
}

describe('FakeWorker: a crash after the worker posted its result (as Node delivers it, before the exit)', () => {
  it('still delivers the result that was on its way', () => {
    expect(crashAfterResult(29)).toEqual([7]);
  });

  it('fails the call that was still running', () => {
    const [outcome] = crashAfterResult(27);
    expect(outcome).toBeInstanceOf(WorkerCrashedError);
  });
});
