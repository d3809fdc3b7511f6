import type { OperatorFunction } from 'rxjs';
import type { Work } from '../tasks/work.js';
import { policyOperator } from './machinery/policy-operator.js';
import type { PipelineHost } from './pipeline-host.js';
import type { PolicyOptions } from './policy-options.js';

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
export function keepLatestTask<V, R>(
  runtime: PipelineHost,
  project: (value: V, index: number) => Work<R>,
  options?: PolicyOptions<V>,
): OperatorFunction<V, R> {
  return policyOperator<V, R>(runtime, project, options, 'keepLatest', 'keepLatestTask');
}
