import { Observable } from 'rxjs';
import { FrameScheduler } from '../lib/scheduler/frame-scheduler.js';
import { immediateDelivery } from '../lib/workers/immediate-delivery.js';
import { WorkerPool } from '../lib/workers/worker-pool.js';

/** Frames back to back (setImmediate) while subscribed: measures the pool, not the frame rate. */
export const immediateFrames = new Observable<number>((subscriber) => {
  let i = 0;
  let handle = setImmediate(function tick() {
    subscriber.next(i++);
    // the scheduler may release its frames inside next(): then the loop must end here
    if (!subscriber.closed) handle = setImmediate(tick);
  });
  return () => clearImmediate(handle);
});

/**
 * Our pool on immediate frames, and `direct`: the same pool with results handed over at
 * once ({@link immediateDelivery}, for callers that need no frame-delivered hooks), `size`
 * workers each. @example `const { pool } = ours(2)`
 */
export function ours(size: number): { pool: WorkerPool; direct: WorkerPool; scheduler: FrameScheduler } {
  const scheduler = new FrameScheduler({ frames: immediateFrames, budgetMs: 8 });
  return {
    scheduler,
    pool: new WorkerPool({ scheduler, size, idleTimeoutMs: 60_000 }),
    direct: new WorkerPool({ scheduler: immediateDelivery, size, idleTimeoutMs: 60_000 }),
  };
}

/** Runs `n` calls at once and resolves with every result once all have been delivered. */
export function execAll<T>(
  pool: WorkerPool,
  module: URL,
  fn: string,
  args: (i: number) => unknown[],
  n: number,
): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const values: T[] = [];
    const target = { module, fn };
    const next = (value: T) => values.push(value) === n && resolve(values);
    for (let i = 0; i < n; i++) pool.exec<T>(target, args(i)).subscribe({ next, error: reject });
  });
}

/** Runs `n` calls one after the other. */
export async function execSequential(pool: WorkerPool, module: URL, fn: string, n: number): Promise<void> {
  const target = { module, fn };
  for (let i = 0; i < n; i++) {
    await new Promise((resolve, reject) => pool.exec(target, [i]).subscribe({ next: resolve, error: reject }));
  }
}
