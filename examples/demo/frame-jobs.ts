import { interval, map, take, throwError, timer, mergeMap } from 'rxjs';
import { later, type Runtime } from '../../lib/index.js';
import { fakeFetch } from './fake-fetch.js';
import { spin } from './spin.js';
import { booked } from './frame-ledger.js';

/** Submits one task of each on-frame kind, including a timeout, a failure and cancels. */
export function submitFrameJobs(runtime: Runtime): void {
  const s = runtime.scheduler;
  runtime.run(
    interval(250, s).pipe(
      take(36),
      map((i) => (i + 1) / 36),
    ),
    { description: 'observable: 36 ticks, 9 s' },
  );
  runtime.run(() => slicedSteps(120, 1.5), { description: 'generator: 180 ms CPU, sliced' });
  const aborted = runtime.run((signal: AbortSignal) => fakeFetch(5_000, signal), {
    description: 'promise: fetch, aborted',
  });
  later(s, () => runtime.cancel(aborted), { ms: 600 });
  runtime.run((signal: AbortSignal) => fakeFetch(3_000, signal), { description: 'promise: slow', timeout: 800 });
  runtime.run(timer(500, s).pipe(mergeMap(() => throwError(() => new Error('sensor offline')))), {
    description: 'observable: fails',
  });
  const cancelled = runtime.run(interval(100, s), { description: 'observable: cancelled' });
  later(s, () => runtime.cancel(cancelled), { ms: 1_000 });
}

const bookedSpin = (ms: number): void => booked('steps', spin, ms);

/**
 * A generator of `count` CPU steps of `stepMs` each, yielding its progress. `work` does a
 * step: by default it busy-waits and books the time to the frame (DEMO_DEBUG's breakdown);
 * a spec passes a simulated clock's.
 */
export function* slicedSteps(count: number, stepMs: number, work = bookedSpin): Generator<number, string> {
  for (let i = 1; i <= count; i++) {
    work(stepMs);
    yield i / count;
  }
  return 'sliced done';
}
