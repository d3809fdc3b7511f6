import type { OperatorFunction } from 'rxjs';
import type { Work } from '../tasks/work.js';
import { policyOperator } from './machinery/policy-operator.js';
import type { PipelineHost } from './pipeline-host.js';
import type { MergeTaskOptions } from './policy-options.js';

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
export function mergeTask<V, R>(
  runtime: PipelineHost,
  project: (value: V, index: number) => Work<R>,
  options?: MergeTaskOptions<V>,
): OperatorFunction<V, R> {
  return policyOperator<V, R>(runtime, project, options, 'merge', 'mergeTask');
}
