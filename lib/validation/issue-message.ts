import type * as z from 'zod/mini';

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
 * and loading one (or zod's `util` namespace) costs more bytes than these few lines;
 * spec/validation/issue-message.spec.ts holds them to the locale.
 *
 * @example
 * ```ts
 * schema.safeParse(value, { error: issueMessage });
 * ```
 */
export function issueMessage(issue: Raw): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${typeName(issue.expected)}, received ${typeName(typeOf(issue.input), issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${quote(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(quote).join('|')}`;
    case 'too_small':
      return bound('Too small', issue.origin, issue.exact ? 'exactly ' : issue.inclusive ? '>=' : '>', issue.minimum);
    case 'too_big':
      return bound('Too big', issue.origin, issue.exact ? 'exactly ' : issue.inclusive ? '<=' : '<', issue.maximum);
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(quote).join(', ')}`;
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

function unionMessage(issue: Extract<Raw, { code: 'invalid_union' }>): string {
  const options = 'options' in issue ? (issue.options as readonly unknown[] | undefined) : undefined;
  if (options?.length)
    return `Invalid discriminator value. Expected ${options.map((o) => `'${String(o)}'`).join(' | ')}`;
  return issue.inclusive === false ? 'Invalid input: more than one option matched' : 'Invalid input';
}

function typeOf(input: unknown): string {
  if (typeof input === 'number') return Number.isNaN(input) ? 'nan' : 'number';
  if (typeof input !== 'object' || input === null) return input === null ? 'null' : typeof input;
  if (Array.isArray(input)) return 'array';
  const ctor = Object.getPrototypeOf(input) !== Object.prototype && 'constructor' in input && input.constructor;
  return typeof ctor === 'function' ? ctor.name : 'object';
}

function typeName(type: string, input?: unknown): string {
  if (type === 'number' && typeof input === 'number' && !Number.isFinite(input)) return String(input);
  return type === 'nan' ? 'NaN' : type;
}

function quote(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function bound(head: string, origin: string | undefined, adj: string, limit: number | bigint): string {
  const unit = origin === undefined ? undefined : units[origin];
  const what = `${head}: expected ${origin ?? 'value'} to`;
  return unit ? `${what} have ${adj}${String(limit)} ${unit}` : `${what} be ${adj}${String(limit)}`;
}
