import { interval, type Subscription } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { FrameScheduler } from '../../../lib/scheduler/frame-scheduler';
import { FakeWorkerTransport } from '../../../lib/workers/testing/fake-worker-transport';
import type { WorkerFunctions } from '../../../lib/workers/worker-side/worker-functions';
import { WorkerPool } from '../../../lib/workers/worker-pool';

/** Each way, for every simulated worker made here. */
export const LATENCY_MS = 3;

/**
 * A pool of one simulated worker (module 'm.js' with `fns`, {@link LATENCY_MS} each way,
 * frames every ms) in virtual time: `plan` gets `exec(ms, tag)`, which calls
 * `sleep(ms, tag)` and notes when its result arrives; after it runs out, returns when each
 * tag's result arrived and how many workers were made.
 *
 * @example
 * ```ts
 * const { seen, workers } = oneFakeWorker(fns, (exec) => exec(10, 'a'));
 * ```
 */
export function oneFakeWorker(
  fns: WorkerFunctions,
  plan: (exec: (ms: number, tag: string) => Subscription) => void,
): { seen: Record<string, number>; workers: number } {
  const seen: Record<string, number> = {};
  let workers = 0;
  new TestScheduler((x, y) => expect(x).toEqual(y)).run(({ flush }) => {
    const scheduler = new FrameScheduler({ frames: interval(1) });
    const transport = new FakeWorkerTransport({ 'm.js': fns }, { latencyMs: LATENCY_MS });
    const pool = new WorkerPool({ scheduler, transport, size: 1 });
    plan((ms, tag) =>
      pool.exec<string>({ module: 'm.js', fn: 'sleep' }, [ms, tag]).subscribe((t) => (seen[t] = scheduler.now())),
    );
    flush();
    workers = transport.workers.length;
    pool.dispose();
  });
  return { seen, workers };
}
