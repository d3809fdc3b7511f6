import { policyOperator } from './machinery/policy-operator.js';
import type { PolicyOperator } from './policy-options.js';

/**
 * Keep latest (ember-concurrency's `keepLatest`; RxJS has no such operator, rxjs#5004): one
 * task runs and at most one waits as a `pending` row; a newer value cancels the waiting one
 * (reason `superseded`) and takes its place, so the last value is always served. Results
 * are emitted on frames in arrival order; errors, unsubscribing and completion as in
 * {@link switchTask}.
 *
 * @example
 * ```ts
 * edits$.pipe(keepLatestTask(runtime, (doc) => (signal) => save(doc, signal))).subscribe(showSaved);
 * ```
 */
export const keepLatestTask: PolicyOperator = (runtime, project, options) =>
  policyOperator(runtime, project, options, 'keepLatest');
