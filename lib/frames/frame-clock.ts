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
 * run mode. Every frametasks timestamp, delay and duration comes from it.
 *
 * @example
 * ```ts
 * const t0 = frameClock.now();
 * ```
 */
export const frameClock: Clock = {
  now: () => performanceTimestampProvider.now(),
};
