import type { OperatorFunction } from 'rxjs';
import type { Work } from '../tasks/work.js';
import { policyOperator } from './machinery/policy-operator.js';
import type { PipelineHost } from './pipeline-host.js';
import type { PolicyOptions } from './policy-options.js';

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
export function exhaustTask<V, R>(
  runtime: PipelineHost,
  project: (value: V, index: number) => Work<R>,
  options?: PolicyOptions<V>,
): OperatorFunction<V, R> {
  return policyOperator<V, R>(runtime, project, options, 'exhaust', 'exhaustTask');
}
