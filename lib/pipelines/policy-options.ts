import type { Owner } from '../timing/owner.js';
import type { TaskOptions } from '../tasks/task-options.js';
import type { TaskGroup } from './task-group.js';

/**
 * A task option that may also be computed from the value that started the task.
 *
 * @example
 * ```ts
 * const description: PerValue<string, string> = (q) => `search ${q}`;
 * ```
 */
export type PerValue<V, T> = T | ((value: V) => T);

/**
 * Options of the policy operators (`switchTask`, `exhaustTask`, `concatTask`, `mergeTask`,
 * `keepLatestTask`): the task options, where `description` and `info` may be functions of
 * the value, plus `group`, `owner` and `values`.
 *
 * @example
 * ```ts
 * const options: PolicyOptions<string> = { description: (q) => `search ${q}`, timeout: 5_000, group: searches };
 * ```
 */
export interface PolicyOptions<V> extends Omit<TaskOptions, 'description' | 'info'> {
  readonly description?: PerValue<V, string>;
  readonly info?: PerValue<V, Readonly<Record<string, unknown>>>;
  /** Every task of the pipeline joins this group (its concurrency applies on top of the policy's). */
  readonly group?: TaskGroup;
  /**
   * When the owner ends first, the pipeline's tasks are cancelled (reason `owner`) and its
   * output completes.
   */
  readonly owner?: Owner;
  /** Emit every value each task's work emits (each on a frame) instead of only results. */
  readonly values?: boolean;
}

/**
 * Options of `mergeTask`: {@link PolicyOptions} plus `concurrency`.
 *
 * @example
 * ```ts
 * const options: MergeTaskOptions<Url> = { concurrency: 4, description: (u) => u.pathname };
 * ```
 */
export interface MergeTaskOptions<V> extends PolicyOptions<V> {
  /** How many of the pipeline's tasks run at once; the rest stay `pending`, in order. Default Infinity. */
  readonly concurrency?: number;
}
