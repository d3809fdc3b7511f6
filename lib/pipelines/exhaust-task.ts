import { policyOperator } from './machinery/policy-operator.js';
import type { PolicyOperator } from './policy-options.js';

/**
 * Drop (ember-concurrency's `drop`, RxJS's `exhaustMap`): while a task runs, new values start
 * nothing and make no row; they are counted as `dropped` in the `state$` of the `group`
 * option. Results are emitted on frames; errors, unsubscribing and completion as in
 * {@link switchTask}.
 *
 * @example
 * ```ts
 * saveClicks$.pipe(exhaustTask(runtime, () => (signal) => save(doc, signal), { group: saves })).subscribe();
 * ```
 */
export const exhaustTask: PolicyOperator = (runtime, project, options) =>
  policyOperator(runtime, project, options, 'exhaust');
