import { policyOperator } from './machinery/policy-operator.js';
import type { PolicyOperator } from './policy-options.js';

/**
 * Restartable (ember-concurrency's `restartable`, RxJS's `switchMap`): each value cancels the
 * task still running for an earlier one (its row: `cancelled`, reason `restarted`) and
 * starts its own. Results are emitted on frames; one still waiting for its frame when a newer
 * value arrives is dropped (the output never shows a superseded value's result). The first
 * failure or timeout errors the output (wrap the project's work in `catchError` to go on);
 * unsubscribing cancels the pipeline's tasks (reason `unsubscribed`); completion of the
 * source waits for the task still running.
 *
 * @example
 * ```ts
 * query$.pipe(switchTask(runtime, (q) => (signal) => search(q, signal), { description: (q) => `search ${q}` }))
 *   .subscribe(showResults);
 * ```
 */
export const switchTask: PolicyOperator = (runtime, project, options) =>
  policyOperator(runtime, project, options, 'switch');
