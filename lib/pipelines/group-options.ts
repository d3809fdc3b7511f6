import { invalidArgument } from '../validation/invalid-argument.js';

/**
 * Options of `runtime.group()`.
 *
 * @example
 * ```ts
 * const options: TaskGroupOptions = { name: 'decode', concurrency: 2 };
 * ```
 */
export interface TaskGroupOptions {
  /** Shown in the table's `group` column. Default `group-1`, `group-2`, … */
  readonly name?: string;
  /** At most this many of the group's tasks run (or wait in the start queue) at once. Default Infinity. */
  readonly concurrency?: number;
}

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
  if (typeof options !== 'object' || options === null) invalidArgument('options', 'expected an object', options);
  const { name, concurrency, ...rest } = options as Record<string, unknown>;
  const unknownKey = Object.keys(rest)[0];
  if (unknownKey !== undefined) invalidArgument(`options.${unknownKey}`, 'unknown option', rest[unknownKey]);
  if (name !== undefined && (typeof name !== 'string' || name === ''))
    invalidArgument('options.name', 'expected a non-empty string', name);
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
  // Number.isInteger is false for anything not a number: no typeof check needed
  if (value === Infinity || (Number.isInteger(value) && (value as number) > 0)) return value as number;
  return invalidArgument(name, 'expected a positive integer or Infinity', value);
}
