import { policyOperator } from './machinery/policy-operator.js';
import type { PolicyOperator } from './policy-options.js';

/**
 * Enqueue (ember-concurrency's `enqueue`, RxJS's `concatMap`): each value becomes a `pending`
 * row at once, in arrival order, so the table shows the queue; one runs at a time, in
 * order. Results are emitted on frames in arrival order; errors, unsubscribing and
 * completion as in {@link switchTask}.
 *
 * @example
 * ```ts
 * uploads$.pipe(concatTask(runtime, (file) => (signal) => upload(file, signal))).subscribe(markDone);
 * ```
 */
export const concatTask: PolicyOperator = (runtime, project, options) =>
  policyOperator(runtime, project, options, 'concat');
