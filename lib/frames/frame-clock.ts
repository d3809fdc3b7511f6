import { performanceTimestampProvider } from 'rxjs/internal/scheduler/performanceTimestampProvider';

/**
 * A source of time in milliseconds.
 *
 * @example
 * ```ts
 * const fake: Clock = { now: () => 42 };
 * ```
 */
export interface Clock {
  now(): number;
}

/**
 * The frame clock: `performance.now()` in real time, and the virtual clock inside
 * `TestScheduler.run`, because it reads the same timestamp provider that RxJS swaps in
 * run mode (what `performanceTimestampProvider.now()` does). Every frametasks timestamp,
 * delay and duration comes from it. The `performance` object is looked up once: in Node
 * the global is a getter, and reading it cost about half as much again as the clock read
 * itself (a task reads the clock three times).
 *
 * @example
 * ```ts
 * const t0 = frameClock.now();
 * ```
 */
export const frameClock: Clock = {
  now: () => {
    const delegate = performanceTimestampProvider.delegate;
    return delegate === undefined ? (realClock ??= performance).now() : delegate.now();
  },
};

let realClock: Clock | undefined;
