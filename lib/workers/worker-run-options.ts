import { number, optional, string, type Schema } from '../validation/schema.js';
import { object, record } from '../validation/object.js';
import { functionSchema } from '../validation/schemas.js';
import type { ExecOptions } from './worker-pool-options.js';
import { execOptionsShape } from './worker-pool-options.js';

/**
 * Options of {@link Workers.run}: the task options (description, info, timeout,
 * priority), where it runs (pool or standalone), and the hooks, which all run on the main
 * thread at the start of a frame.
 *
 * @example
 * ```ts
 * workers.run(target, [params], { description: 'mesh', timeout: 10_000, onSuccess: (m) => scene.add(m) });
 * ```
 */
export interface WorkerRunOptions<T = any> extends ExecOptions {
  readonly description?: string;
  readonly info?: Readonly<Record<string, unknown>>;
  /** Ms from the task's start until the worker is terminated with status `timeout`. */
  readonly timeout?: number;
  /** The seed's SuccessHook: the result, on a frame. */
  readonly onSuccess?: (result: T) => void;
  /** The seed's ExceptHook: the error (worker failure, TaskTimeoutError, TaskCancelledError), on a frame. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Validates {@link WorkerRunOptions} (task options are checked again by the task manager).
 *
 * @example
 * ```ts
 * const o = parse(workerRunOptionsSchema, options, 'options');
 * ```
 */
export const workerRunOptionsSchema: Schema<WorkerRunOptions> = object({
  ...execOptionsShape,
  description: optional(string()),
  info: optional(record(() => undefined)),
  timeout: optional(number()),
  onSuccess: optional(functionSchema),
  onError: optional(functionSchema),
});
