import type { OperatorFunction } from 'rxjs';
import type { Work } from '../tasks/work.js';
import { policyOperator } from './machinery/policy-operator.js';
import type { PipelineHost } from './pipeline-host.js';
import type { PolicyOptions } from './policy-options.js';

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
export function concatTask<V, R>(
  runtime: PipelineHost,
  project: (value: V, index: number) => Work<R>,
  options?: PolicyOptions<V>,
): OperatorFunction<V, R> {
  return policyOperator<V, R>(runtime, project, options, 'concat', 'concatTask');
}
