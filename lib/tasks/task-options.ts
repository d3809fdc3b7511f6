import { isObject } from '../validation/object-keys.js';
import { parse } from '../validation/parse.js';
import { custom, number, oneOf, optional, string } from '../validation/schema.js';
import { object } from '../validation/object.js';
import { positiveMillisSchema } from '../validation/schemas.js';
import type { TaskKind } from './task-types.js';

/**
 * Options of one task.
 *
 * @example
 * ```ts
 * const options: TaskOptions = { description: 'load scene', timeout: 5_000, priority: 1, info: { url } };
 * ```
 */
export interface TaskOptions {
  /** Shown in the table. Default ''. */
  readonly description?: string;
  /** Free data shown in the table's `info` column. */
  readonly info?: Readonly<Record<string, unknown>>;
  /** Ms from the task's START until it is stopped with status `timeout`. */
  readonly timeout?: number;
  /** Higher starts first when `maxConcurrent` makes tasks wait. Default 0. */
  readonly priority?: number;
  /**
   * Where the work runs; inferred by `run()`, set by worker pools and task threads. Rows of
   * kind `thread` mirror threads that already run: `maxConcurrent` neither delays nor counts them.
   */
  readonly kind?: TaskKind;
  /** The parent task's id (task threads). */
  readonly parentId?: string;
  /** Facts from the submitter, shown in the row (e.g. `{ standalone: true }`). */
  readonly meta?: Readonly<Record<string, unknown>>;
}

const NO_OPTIONS: TaskOptions = Object.freeze({});
const recordSchema = optional(custom(isPlainRecord, 'expected a plain object'));
const stringSchema = optional(string('expected a string'));
const kinds = ['frame', 'sliced', 'worker', 'thread'] as const;

/** Validates {@link TaskOptions} (unknown keys are rejected). */
export const taskOptionsSchema = object<TaskOptions>({
  description: stringSchema,
  info: recordSchema,
  timeout: optional(positiveMillisSchema),
  // number() refuses NaN and ±Infinity
  priority: optional(number('expected a number')),
  kind: optional(oneOf(kinds, `expected one of ${kinds.join(', ')}`)),
  parentId: stringSchema,
  meta: recordSchema,
});

/**
 * Validates task options at the boundary. Valid options take a fast hand-written check
 * (even a small schema walk costs too much per task); anything it doubts goes through the
 * schema, which throws InvalidArgumentError quoting the bad value.
 *
 * @example
 * ```ts
 * const options = parseTaskOptions(userOptions, 'options');
 * ```
 */
export function parseTaskOptions(value: unknown, name = 'options'): TaskOptions {
  if (value === undefined) return NO_OPTIONS;
  if (isFastValid(value)) return value as TaskOptions;
  return parse(taskOptionsSchema, value, name);
}

function isFastValid(value: unknown): boolean {
  if (!isObject(value)) return false;
  const o = value as Record<string, unknown>;
  for (const key in o) {
    const v = o[key];
    if (v === undefined) continue;
    if (!fastKeyValid(key, v)) return false;
  }
  return true;
}

function fastKeyValid(key: string, v: unknown): boolean {
  switch (key) {
    case 'description':
    case 'parentId':
      return typeof v === 'string';
    case 'timeout':
      return typeof v === 'number' && v > 0 && v < Infinity;
    case 'priority':
      return typeof v === 'number' && Number.isFinite(v);
    case 'info':
    case 'meta':
      return isPlainRecord(v);
    case 'kind':
      return (kinds as readonly unknown[]).includes(v);
    default:
      return false;
  }
}

function isPlainRecord(v: unknown): boolean {
  if (!isObject(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}
