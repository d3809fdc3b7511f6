import type { Subscription } from 'rxjs';
import { isObservable } from '../../rx-frames.js';
import { toRemoteError } from '../worker-side/to-remote-error.js';
import type { WorkerContext } from '../worker-side/worker-context.js';
import type { WorkerFunction } from '../worker-side/worker-functions.js';

/**
 * A {@link FakeWorker}'s `callWorkerFunction`: calls a worker function for a job, its
 * arguments then the context, and gives `ended` the outcome: `'ok'` with a plain value or
 * an observable's last value, `'err'` with what it threw or errored with, as a worker
 * would post them. An observable is followed on whatever scheduler it uses (virtual time
 * inside `TestScheduler.run`); its subscription is returned so a crash can stop it.
 *
 * @example
 * ```ts
 * const sub = callFakeFunction(fns.build, [21], ctx, (kind, value) => post([kind, id, value]));
 * ```
 */
export function callFakeFunction(
  fn: WorkerFunction,
  args: readonly unknown[],
  ctx: WorkerContext,
  ended: (kind: 'ok' | 'err', value: unknown) => void,
): Subscription | undefined {
  try {
    const value = fn(...args, ctx);
    if (!isObservable(value)) return void ended('ok', value);
    let last: unknown;
    return value.subscribe({
      next: (v) => (last = v),
      error: (e: unknown) => ended('err', toRemoteError(e)),
      complete: () => ended('ok', last),
    });
  } catch (error) {
    // a throw, also one from a subscribe that runs synchronously, fails the job
    ended('err', toRemoteError(error));
    return undefined;
  }
}
