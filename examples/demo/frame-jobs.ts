import { interval, map, take, throwError, timer, mergeMap } from 'rxjs';
import { later, type Runtime } from '../../lib/index.js';
import { spin } from './spin.js';

/** Submits one task of each on-frame kind, including a timeout, a failure and cancels. */
export function submitFrameJobs(runtime: Runtime): void {
  const s = runtime.scheduler;
  runtime.run(
    interval(120, s).pipe(
      take(10),
      map((i) => (i + 1) / 10),
    ),
    { description: 'observable: 10 ticks' },
  );
  runtime.run(
    function* () {
      for (let i = 1; i <= 120; i++) {
        spin(1.5);
        yield i / 120;
      }
      return 'sliced done';
    },
    { description: 'generator: 180 ms CPU, sliced' },
  );
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

function fakeFetch(ms: number, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const handle = setTimeout(() => resolve('200 OK'), ms);
    signal.addEventListener('abort', () => {
      clearTimeout(handle);
      reject(signal.reason);
    });
  });
}
