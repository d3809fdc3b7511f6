import * as z from 'zod/mini';
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
export const frameSchedulerSchema = z.custom<FrameScheduler>((v) => v instanceof FrameScheduler, {
  error: 'expected a FrameScheduler',
});
