import * as z from 'zod/mini';

type Raw = z.core.$ZodRawIssue;

// Nouns of the sized origins, as zod's English locale words them.
const units: Readonly<Record<string, string>> = {
  string: 'characters',
  file: 'bytes',
  array: 'items',
  set: 'items',
  map: 'entries',
};

/**
 * The message of a zod issue whose schema gave none, worded exactly as zod's English
 * locale words it. `zod/mini` ships no locale (every message would read "Invalid input"),
 * and loading one is a global side effect that costs more than the few codes our schemas
 * can raise; spec/validation/issue-message.spec.ts holds this to the locale.
 *
 * @example
 * ```ts
 * schema.safeParse(value, { error: issueMessage });
 * ```
 */
export function issueMessage(issue: Raw): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${typeName(issue.expected, undefined)}, received ${typeName(z.util.parsedType(issue.input), issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${z.util.stringifyPrimitive(issue.values[0])}`
        : `Invalid option: expected one of ${z.util.joinValues(issue.values, '|')}`;
    case 'too_small':
      return bound('Too small', issue.origin, issue.exact ? 'exactly ' : issue.inclusive ? '>=' : '>', issue.minimum);
    case 'too_big':
      return bound('Too big', issue.origin, issue.exact ? 'exactly ' : issue.inclusive ? '<=' : '<', issue.maximum);
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${z.util.joinValues(issue.keys, ', ')}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`;
    case 'invalid_union':
      return unionMessage(issue);
    default:
      return 'Invalid input';
  }
}

function typeName(type: string, input: unknown): string {
  if (type === 'number' && typeof input === 'number' && !Number.isFinite(input)) return String(input);
  return type === 'nan' ? 'NaN' : type;
}

function bound(head: string, origin: string | undefined, adj: string, limit: number | bigint): string {
  const unit = origin === undefined ? undefined : units[origin];
  const what = `expected ${origin ?? 'value'} to`;
  return unit
    ? `${head}: ${what} have ${adj}${limit.toString()} ${unit}`
    : `${head}: ${what} be ${adj}${limit.toString()}`;
}

function unionMessage(issue: Extract<Raw, { code: 'invalid_union' }>): string {
  const options = 'options' in issue ? issue.options : undefined;
  if (Array.isArray(options) && options.length > 0) {
    return `Invalid discriminator value. Expected ${options.map((o) => `'${String(o)}'`).join(' | ')}`;
  }
  return issue.inclusive === false ? 'Invalid input: more than one option matched' : 'Invalid input';
}
