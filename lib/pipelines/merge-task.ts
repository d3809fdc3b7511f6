import { policyOperator } from './machinery/policy-operator.js';
import type { PolicyOperator } from './policy-options.js';

/**
 * At most `concurrency` at once (ember-concurrency's `maxConcurrency`, RxJS's
 * `mergeMap(fn, n)`): each value becomes a row at once; up to `concurrency` run, the rest
 * stay `pending` in order. Results are emitted on frames in completion order; errors,
 * unsubscribing and completion as in {@link switchTask}.
 *
 * @example
 * ```ts
 * urls$.pipe(mergeTask(runtime, (url) => (signal) => decode(url, signal), { concurrency: 2 })).subscribe(show);
 * ```
 */
export const mergeTask: PolicyOperator<'merge'> = (runtime, project, options) =>
  policyOperator(runtime, project, options, 'merge');
