import type { TaskOptions } from '../tasks/task-options.js';
import { parseTaskOptions } from '../tasks/task-options.js';
import type { Owner } from '../timing/owner.js';
import { ownerSchema } from '../timing/owner.js';
import { invalidArgument } from '../validation/invalid-argument.js';
import { isObject } from '../validation/object-keys.js';
import { parse } from '../validation/parse.js';
import { TaskGroup } from './task-group.js';

/**
 * Options of `runtime.run()`: the {@link TaskOptions} plus where the task belongs.
 *
 * @example
 * ```ts
 * runtime.run(load, { description: 'load', group: loads, owner: scene.signal });
 * ```
 */
export interface RunOptions extends TaskOptions {
  /** The group the task belongs to: shares its concurrency, counts in its `state$`, shown in the row. */
  readonly group?: TaskGroup;
  /** When the owner ends first, the task is cancelled (reason `owner`). */
  readonly owner?: Owner;
}

/**
 * Options of `runtime.task()`: {@link RunOptions} plus `values`.
 *
 * @example
 * ```ts
 * runtime.task(frames$, { values: true, description: 'stream' });
 * ```
 */
export interface TaskObservableOptions extends RunOptions {
  /** Emit every value the work emits (each on a frame) instead of only the result. */
  readonly values?: boolean;
}

/** {@link RunOptions} split into what the task manager validates and what the runtime attaches. */
export interface SplitRunOptions {
  readonly task: TaskOptions;
  readonly group: TaskGroup | undefined;
  readonly owner: Owner | undefined;
  readonly values: boolean;
}

const NONE: SplitRunOptions = { task: {}, group: undefined, owner: undefined, values: false };

/**
 * Validates run/task options: `group`, `owner` (and `values` where allowed) here, the rest
 * by `parseTaskOptions` (which rejects unknown keys). Per-task callers that want no
 * allocation check {@link hasRunExtras} first and call `parseTaskOptions` alone without them.
 *
 * @example
 * ```ts
 * const { task, group, owner } = parseRunOptions(options, 'options', false);
 * ```
 */
export function parseRunOptions(value: unknown, name: string, allowValues: boolean): SplitRunOptions {
  if (value === undefined) return NONE;
  if (!hasRunExtras(value)) {
    return { task: parseTaskOptions(value, name), group: undefined, owner: undefined, values: false };
  }
  const { group, owner, values, ...rest } = value as Record<string, unknown>;
  if (!allowValues && values !== undefined) parseTaskOptions({ values }, name); // rejects it as unknown
  return {
    task: parseTaskOptions(rest, name),
    group: parseGroup(group, `${name}.group`),
    owner: owner === undefined ? undefined : parse(ownerSchema, owner, `${name}.owner`),
    values: parseFlag(values, `${name}.values`),
  };
}

/**
 * Whether options carry `group`, `owner` or `values` (what `parseTaskOptions` alone rejects).
 *
 * @example
 * ```ts
 * const o = hasRunExtras(options) ? parseRunOptions(options, 'options', false).task : parseTaskOptions(options);
 * ```
 */
export function hasRunExtras(value: unknown): boolean {
  // not an array: `values` would be Array.prototype.values (the schema then words the error)
  if (!isObject(value)) return false;
  const r = value as Record<string, unknown>;
  return r.group !== undefined || r.owner !== undefined || r.values !== undefined;
}

/**
 * A `group` option: a {@link TaskGroup} or undefined; a disposed group throws `DisposedError`.
 *
 * @example
 * ```ts
 * parseGroup(options.group, 'options.group');
 * ```
 */
export function parseGroup(value: unknown, name: string): TaskGroup | undefined {
  if (value === undefined) return value;
  if (!(value instanceof TaskGroup)) return invalidArgument(name, 'expected a TaskGroup from runtime.group()', value);
  value.checkLive();
  return value;
}

function parseFlag(value: unknown, name: string): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true;
  return invalidArgument(name, 'expected a boolean', value);
}
