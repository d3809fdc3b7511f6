import { parseTaskOptions, type TaskOptions } from '../../tasks/task-options.js';
import type { Owner } from '../../timing/owner.js';
import { parseConcurrency } from '../group-options.js';
import { parseRunOptions } from '../run-options.js';
import type { TaskGroup } from '../task-group.js';

/** Policy options after validation at the operator call. */
export interface ParsedPolicyOptions<V> {
  /** The options that do not depend on the value (validated). */
  readonly task: TaskOptions;
  /** The task options for one value (the functions called; validated only then). */
  readonly forValue: ((value: V) => TaskOptions) | undefined;
  readonly group: TaskGroup | undefined;
  readonly owner: Owner | undefined;
  readonly values: boolean;
  readonly concurrency: number;
}

/**
 * Validates a policy operator's options where it is called (not at the first value):
 * `concurrency` (where allowed) must be a positive integer or Infinity; functions for
 * `description` and `info` are checked when they are called, per value.
 *
 * @example
 * ```ts
 * const parsed = parsePolicyOptions(options, 'mergeTask options', true);
 * ```
 */
export function parsePolicyOptions<V>(options: unknown, name: string, concurrency: boolean): ParsedPolicyOptions<V> {
  if (options === undefined)
    return { ...parseRunOptions(options, name, true), forValue: undefined, concurrency: Infinity };
  if (typeof options !== 'object' || options === null) parseRunOptions(options, name, true); // throws, quoting it
  const { description, info, concurrency: limit, ...rest } = options as Record<string, unknown>;
  if (!concurrency && limit !== undefined) parseRunOptions({ concurrency: limit }, name, true); // unknown key
  const describe = typeof description === 'function' ? (description as (v: V) => unknown) : undefined;
  const inform = typeof info === 'function' ? (info as (v: V) => unknown) : undefined;
  const fixed = parseRunOptions(
    { ...rest, description: describe ? undefined : description, info: inform ? undefined : info },
    name,
    true,
  );
  const forValue =
    describe || inform
      ? (v: V): TaskOptions => {
          const perValue = { ...fixed.task, description: describe?.(v) ?? fixed.task.description };
          return parseTaskOptions({ ...perValue, info: inform?.(v) ?? fixed.task.info }, name);
        }
      : undefined;
  return { ...fixed, forValue, concurrency: parseConcurrency(limit, `${name}.concurrency`) };
}
