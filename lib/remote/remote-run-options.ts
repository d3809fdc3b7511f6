import type { RemoteJobOptions } from './remote-queue-options.js';
import { bad, checkJobOptions, positive } from './remote-queue-options.js';

/**
 * Options of {@link RemoteQueue.work}.
 *
 * @example
 * ```ts
 * runtime.run(searches.work('search', { q }, { timeout: 5_000 }), { timeout: 5_000 });
 * ```
 */
export interface RemoteWorkOptions {
  /** The row's description. Default: the function name. */
  readonly description?: string;
  /**
   * Ms from the job's start after which the worker stops it on its own (plus the queue's
   * `timeoutGrace`): the backstop for a main side that is gone. The row's own timeout is
   * the task option `timeout` (which {@link RemoteQueue.run} sets from this one).
   */
  readonly timeout?: number;
  /** BullMQ options of this job, over the queue's `job` options. */
  readonly job?: RemoteJobOptions;
}

/**
 * Options of {@link RemoteQueue.run}: the work options, the task options and the hooks,
 * which run on the main side at the start of a frame.
 *
 * @example
 * ```ts
 * renders.run('render', scene, { timeout: 60_000, onProgress: (p) => bar.set(p), onSuccess: show });
 * ```
 */
export interface RemoteRunOptions<T = any> extends RemoteWorkOptions {
  readonly info?: Readonly<Record<string, unknown>>;
  /** Higher starts first when the runtime's `maxConcurrent` makes tasks wait. */
  readonly priority?: number;
  /** The latest progress, at most once a frame. */
  readonly onProgress?: (progress: any) => void;
  /** The result, on a frame. */
  readonly onSuccess?: (result: T) => void;
  /** The error (RemoteTaskError, TaskTimeoutError, TaskCancelledError...), on a frame. */
  readonly onError?: (error: unknown) => void;
}

const runKeys = ['description', 'timeout', 'job', 'info', 'priority', 'onProgress', 'onSuccess', 'onError'];

/**
 * Checks {@link RemoteRunOptions} (work options alone when `run` is false).
 *
 * @example
 * ```ts
 * checkRunOptions({ timeout: 100 }, true);
 * ```
 */
export function checkRunOptions(options: RemoteRunOptions, run: boolean): void {
  if (typeof options !== 'object' || options === null) bad('options', options, 'expected an object');
  const allowed = run ? runKeys : runKeys.slice(0, 3);
  for (const key of Object.keys(options)) if (!allowed.includes(key)) bad(`options.${key}`, key, 'unknown option');
  if (options.description !== undefined && typeof options.description !== 'string') {
    bad('options.description', options.description, 'expected a string');
  }
  if (options.timeout !== undefined) positive('options.timeout', options.timeout);
  if (options.job !== undefined) checkJobOptions(options.job, 'options.job');
  for (const hook of ['onProgress', 'onSuccess', 'onError'] as const) {
    if (options[hook] !== undefined && typeof options[hook] !== 'function') {
      bad(`options.${hook}`, options[hook], 'expected a function');
    }
  }
}
