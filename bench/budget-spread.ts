import { median } from './measure.js';

/**
 * A noisy metric as the median of its repetitions, with `.min` and `.max` beside it, so one
 * preempted repetition on a shared machine shows as spread instead of moving the figure.
 *
 * @example
 * ```ts
 * spread('soak.framesOverBudget', [0, 0, 1, 0, 0]);
 * // { 'soak.framesOverBudget': 0, 'soak.framesOverBudget.min': 0, 'soak.framesOverBudget.max': 1 }
 * ```
 */
export function spread(metric: string, values: readonly number[]): Record<string, number> {
  return {
    [metric]: median(values),
    [`${metric}.min`]: Math.min(...values),
    [`${metric}.max`]: Math.max(...values),
  };
}
