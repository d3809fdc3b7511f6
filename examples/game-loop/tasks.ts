import { of } from 'rxjs';
import { delayFrames, type Runtime } from '../../lib/index.js';

/** Where each piece of work ran: `ticking` is the loop's flag at that moment. */
export type RunLog = { readonly what: string; readonly ticking: boolean }[];

/** Counts primes below `limit`, one block of numbers per step (time-sliced on the frames). */
export function* countPrimes(limit: number, block: number, log: RunLog, ticking: () => boolean) {
  let count = 0;
  for (let start = 2; start < limit; start += block) {
    for (let n = start; n < Math.min(start + block, limit); n++) if (isPrime(n)) count++;
    log.push({ what: `primes < ${Math.min(start + block, limit)}`, ticking: ticking() });
    yield count;
  }
  return count;
}

function isPrime(n: number): boolean {
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

/**
 * The game's tasks: a sliced computation, a value some frames later, and a promise (it
 * settles whenever it likes, but its result is delivered on a frame, inside a tick).
 */
export function startTasks(runtime: Runtime, log: RunLog, ticking: () => boolean): Record<string, string> {
  const ids = {
    primes: runtime.run(() => countPrimes(20_000, 2_000, log, ticking), { description: 'count primes' }),
    later: runtime.run(of('spawned enemy').pipe(delayFrames(5, runtime.scheduler)), { description: 'in 5 frames' }),
    promise: runtime.run(() => Promise.resolve('level loaded'), { description: 'load level' }),
  };
  for (const [name, id] of Object.entries(ids)) {
    runtime.result(id).subscribe(() => log.push({ what: `${name} result`, ticking: ticking() }));
  }
  return ids;
}
