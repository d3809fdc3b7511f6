import { custom } from '../validation/schema.js';
import { invalidArgument } from '../validation/invalid-argument.js';
import { FrameScheduler } from './frame-scheduler.js';

const expected = 'expected a FrameScheduler';

/**
 * Validates that an argument is a {@link FrameScheduler} (helpers that count frames or
 * use frame phases need one, not just any RxJS scheduler).
 *
 * @example
 * ```ts
 * const scheduler = parse(frameSchedulerSchema, input, 'scheduler');
 * ```
 */
// marked pure: a bundle that only calls toFrameScheduler drops it (and the schema code)
export const frameSchedulerSchema = /* @__PURE__ */ custom<FrameScheduler>(
  (v) => v instanceof FrameScheduler,
  expected,
);

/**
 * Returns `value` if it is a {@link FrameScheduler}, else throws the InvalidArgumentError
 * `parse(frameSchedulerSchema, value, name)` would, without the schema machinery (so
 * `observeOnFrames` keeps the scheduler-only bundle small).
 *
 * @example
 * ```ts
 * const frames = toFrameScheduler(scheduler);
 * ```
 */
export function toFrameScheduler(value: unknown, name = 'scheduler'): FrameScheduler {
  return value instanceof FrameScheduler ? value : invalidArgument(name, expected, value);
}
