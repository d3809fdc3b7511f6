import { check, instance, string, union } from '../validation/schema.js';
import { object } from '../validation/object.js';

/**
 * What to run in a worker: a module (URL or absolute path) that calls `defineWorker`,
 * and the name of one of its functions.
 *
 * @example
 * ```ts
 * const target: WorkerTarget = { module: new URL('./mesh.worker.js', import.meta.url), fn: 'build' };
 * ```
 */
export interface WorkerTarget {
  readonly module: string | URL;
  readonly fn: string;
}

/**
 * Validates a {@link WorkerTarget}.
 *
 * @example
 * ```ts
 * parse(workerTargetSchema, target, 'target');
 * ```
 */
export const workerTargetSchema = object<WorkerTarget>({
  module: union<string | URL>(
    [check(string(), [(s) => s.length > 0, 'Too small: expected string to have >=1 characters']), instance(URL)],
    'expected a module URL or path',
  ),
  fn: check(string('expected a function name'), [(s) => s.length > 0, 'expected a function name']),
});

/**
 * The cheap check that valid targets pass (a schema walk costs too much per task).
 *
 * @example
 * ```ts
 * if (!isWorkerTarget(t)) parse(workerTargetSchema, t, 'target');
 * ```
 */
export function isWorkerTarget(value: unknown): value is WorkerTarget {
  if (typeof value !== 'object' || value === null) return false;
  const { module, fn } = value as Record<string, unknown>;
  const keys = Object.keys(value).length;
  return (
    keys === 2 &&
    typeof fn === 'string' &&
    fn !== '' &&
    ((typeof module === 'string' && module !== '') || module instanceof URL)
  );
}
