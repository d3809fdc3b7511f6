import { InvalidArgumentError } from '../errors.js';
import { describeValue } from './describe-value.js';

/**
 * Throws the {@link InvalidArgumentError} of a public boundary: it names the argument
 * (`name`, a dotted path for a key), says what was expected and quotes the bad value.
 * `parse` words every schema failure through it; hot or size-critical paths (the frame
 * scheduler) check their few arguments by hand and call it directly, with the same words.
 *
 * @example
 * ```ts
 * if (typeof work !== 'function') invalidArgument('work', 'expected a function', work);
 * ```
 */
export function invalidArgument(name: string, message: string, value: unknown): never {
  throw new InvalidArgumentError(`${name}: ${message} (got ${describeValue(value)})`);
}

/**
 * What is wrong with a number of milliseconds (finite, >= 0), worded as `millisSchema`
 * words it; `undefined` when it is fine.
 *
 * @example
 * ```ts
 * millisProblem(-1); // 'expected a number >= 0'
 * ```
 */
export function millisProblem(value: unknown): string | undefined {
  if (!Number.isFinite(value)) return 'expected a number of milliseconds';
  // Number.isFinite is false for anything not a number: no typeof check needed
  return (value as number) >= 0 ? undefined : 'expected a number >= 0';
}
