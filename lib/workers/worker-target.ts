import * as z from 'zod/mini';

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
export const workerTargetSchema = z.strictObject({
  module: z.union([z.string().check(z.minLength(1)), z.instanceof(URL)], { error: 'expected a module URL or path' }),
  fn: z.string({ error: 'expected a function name' }).check(z.minLength(1, 'expected a function name')),
});

/**
 * The cheap check that valid targets pass (zod costs microseconds per task).
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
