import { custom } from '../validation/schema.js';
import { FrameScheduler } from './frame-scheduler.js';

/**
 * Validates that an argument is a {@link FrameScheduler} (helpers that count frames or
 * use frame phases need one, not just any RxJS scheduler).
 *
 * @example
 * ```ts
 * const scheduler = parse(frameSchedulerSchema, input, 'scheduler');
 * ```
 */
export const frameSchedulerSchema = custom<FrameScheduler>(
  (v) => v instanceof FrameScheduler,
  'expected a FrameScheduler',
);
