import type { Clock } from '../frames/frame-clock.js';
import { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { marbleFrames } from './marble-frames.js';

/**
 * Options of {@link testFrameScheduler}.
 *
 * @example
 * ```ts
 * const options: TestFrameSchedulerOptions = { frameMs: 16, budgetMs: 4 };
 * ```
 */
export interface TestFrameSchedulerOptions {
  /** Virtual ms between frames. Default 10 (frames at 10, 20, 30, … ms). */
  readonly frameMs?: number;
  /** Per-frame budget. Default 8. */
  readonly budgetMs?: number;
  /** Clock for `now()` and the budget; see {@link simulatedClock}. */
  readonly clock?: Clock;
  /** Error handler, as in `FrameSchedulerOptions`. */
  readonly onError?: (error: unknown) => void;
}

/**
 * A {@link FrameScheduler} on {@link marbleFrames}, for use inside `TestScheduler.run`.
 *
 * @example
 * ```ts
 * testScheduler.run(({ expectObservable }) => {
 *   const scheduler = testFrameScheduler({ frameMs: 10 });
 *   expectObservable(timer(15, scheduler)).toBe('20ms (a|)', { a: 0 });
 * });
 * ```
 */
export function testFrameScheduler(options: TestFrameSchedulerOptions = {}): FrameScheduler {
  const { frameMs = 10, ...rest } = options;
  return new FrameScheduler({ frames: marbleFrames(frameMs), ...rest });
}
