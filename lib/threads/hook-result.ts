import type { Observable } from 'rxjs';
import { defer, EMPTY, from, ignoreElements, isObservable } from '../rx.js';

/**
 * What a thread hook may return: nothing (done at once), a promise (done when it
 * settles) or an observable (done when it completes; useful in virtual time).
 *
 * @example
 * ```ts
 * const enter = (): HookResult => timer(10, scheduler); // set-up takes 10 ms
 * ```
 */
export type HookResult = void | PromiseLike<unknown> | Observable<unknown>;

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * Runs a hook lazily as an observable that completes when the hook is done and errors
 * when it throws or rejects. A synchronous hook completes synchronously, so a whole
 * start or stop sequence of synchronous hooks runs in one frame and in virtual time.
 *
 * @example
 * ```ts
 * concat(hook$(() => spec.exit?.(ctx)), finish$).subscribe();
 * ```
 */
export function hook$(run: () => unknown): Observable<never> {
  return defer(() => {
    const result = run();
    if (isObservable(result)) return result.pipe(ignoreElements());
    if (isPromiseLike(result)) return from(result).pipe(ignoreElements());
    return EMPTY;
  });
}
