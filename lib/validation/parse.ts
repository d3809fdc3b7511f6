import type * as z from 'zod/mini';
import { InvalidArgumentError } from '../errors.js';
import { describeValue } from './describe-value.js';
import { issueMessage } from './issue-message.js';

// Schemas' own messages win; issueMessage words the rest (zod/mini ships no locale).
const context = { error: issueMessage };

/**
 * Parses `value` with a zod schema at a public boundary; on failure throws an
 * {@link InvalidArgumentError} that names the argument, says what was expected and
 * quotes the bad value.
 *
 * @example
 * ```ts
 * const fps = parse(z.number().check(z.positive()), input, 'fps');
 * ```
 */
export function parse<S extends z.ZodMiniType>(schema: S, value: unknown, name: string): z.output<S> {
  const result = schema.safeParse(value, context);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? `${name}.${issue.path.join('.')}` : name;
  const bad = issue ? pick(value, issue.path) : value;
  const why = issue?.message ?? 'invalid value';
  throw new InvalidArgumentError(`${path}: ${why} (got ${describeValue(bad)})`);
}

function pick(value: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return current;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
