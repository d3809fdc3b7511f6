import { invalidArgument } from './invalid-argument.js';
import type { Schema } from './schema.js';

/**
 * Checks `value` with a schema at a public boundary and returns it; on failure throws an
 * {@link InvalidArgumentError} that names the argument, says what was expected and
 * quotes the bad value.
 *
 * @example
 * ```ts
 * const fps = parse(framesSchema, input, 'frames');
 * ```
 */
export function parse<T>(schema: Schema<T>, value: unknown, name: string): T {
  const issue = schema(value)?.[0];
  if (!issue) return value as T;
  // `name`, or `name.key.key` for an issue below the value
  return invalidArgument([name, ...issue.path].join('.'), issue.message, pick(value, issue.path));
}

function pick(value: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return current;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
