import { frameClock, type Clock } from '../frames/frame-clock.js';
import { parse } from '../validation/parse.js';
import { millisSchema } from '../validation/schemas.js';

/**
 * A {@link Clock} for tests whose work "takes time": it reads a base clock (the frame
 * clock, virtual inside `TestScheduler.run`) plus the time simulated work has spent.
 *
 * @example
 * ```ts
 * const clock = simulatedClock();
 * const scheduler = testFrameScheduler({ budgetMs: 8, clock });
 * scheduler.schedule(() => clock.work(3)); // this action "costs" 3 ms
 * ```
 */
export interface SimulatedClock extends Clock {
  /** Advances this clock by `ms`, as if the caller had been busy that long. */
  work(ms: number): void;
  /** Total simulated work so far, in ms. */
  readonly spentMs: number;
}

/**
 * Creates a {@link SimulatedClock} on top of `base` (default {@link frameClock}).
 *
 * @example
 * ```ts
 * const clock = simulatedClock();
 * clock.work(5); // clock.now() is now 5 ms ahead of virtual time
 * ```
 */
export function simulatedClock(base: Clock = frameClock): SimulatedClock {
  let spent = 0;
  return {
    now: () => base.now() + spent,
    work: (ms: number) => {
      spent += parse(millisSchema, ms, 'ms');
    },
    get spentMs() {
      return spent;
    },
  };
}
