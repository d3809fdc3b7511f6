import { InvalidArgumentError } from '../errors.js';
import { describeValue } from '../validation/describe-value.js';
import type { TaskGroupOptions } from './task-group.js';

/**
 * Checks the options of `runtime.group(options)`: an optional non-empty `name` and a
 * `concurrency` (default `Infinity`); any other key is rejected, quoting its value.
 *
 * @example
 * ```ts
 * parseGroupOptions({ name: 'uploads', concurrency: 2 }); // { name: 'uploads', concurrency: 2 }
 * ```
 */
export function parseGroupOptions(options: unknown): TaskGroupOptions & { concurrency: number } {
  const bad = (key: string, why: string, value: unknown) =>
    new InvalidArgumentError(`options${key}: ${why} (got ${describeValue(value)})`);
  if (typeof options !== 'object' || options === null) throw bad('', 'expected an object', options);
  const { name, concurrency, ...rest } = options as Record<string, unknown>;
  const unknownKey = Object.keys(rest)[0];
  if (unknownKey !== undefined) throw bad(`.${unknownKey}`, 'unknown option', rest[unknownKey]);
  if (name !== undefined && (typeof name !== 'string' || name === ''))
    throw bad('.name', 'expected a non-empty string', name);
  return { name: name as string | undefined, concurrency: parseConcurrency(concurrency, 'options.concurrency') };
}

/**
 * A concurrency limit: a positive integer or `Infinity` (the default, for `undefined`).
 * Shared by groups and the pipeline operators, so both word the error alike.
 *
 * @example
 * ```ts
 * parseConcurrency(undefined, 'options.concurrency'); // Infinity
 * parseConcurrency(0, 'options.concurrency'); // throws InvalidArgumentError
 * ```
 */
export function parseConcurrency(value: unknown, name: string): number {
  if (value === undefined) return Infinity;
  if (value === Infinity || (typeof value === 'number' && Number.isInteger(value) && value > 0)) return value;
  throw new InvalidArgumentError(`${name}: expected a positive integer or Infinity (got ${describeValue(value)})`);
}
