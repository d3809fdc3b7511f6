// The default messages of lib/validation/schema.ts, worded exactly as zod's English locale
// words them (the library validated with zod before, and its error messages are part of
// its contract); spec/validation/schema.spec.ts holds them to zod.

/**
 * "expected X, received Y" for a value of the wrong kind.
 *
 * @example
 * ```ts
 * typeMessage('number', '5'); // 'Invalid input: expected number, received string'
 * ```
 */
export function typeMessage(expected: string, input: unknown): string {
  return `Invalid input: expected ${expected}, received ${received(input)}`;
}

/**
 * The message of a value outside a fixed set (an enum or a literal).
 *
 * @example
 * ```ts
 * valuesMessage(['latest', 'all']); // 'Invalid option: expected one of "latest"|"all"'
 * ```
 */
export function valuesMessage(values: readonly unknown[]): string {
  return values.length === 1
    ? `Invalid input: expected ${quote(values[0])}`
    : `Invalid option: expected one of ${values.map(quote).join('|')}`;
}

/**
 * The message of a strict object's unknown keys.
 *
 * @example
 * ```ts
 * unrecognizedMessage(['fsp']); // 'Unrecognized key: "fsp"'
 * ```
 */
export function unrecognizedMessage(keys: readonly string[]): string {
  return `Unrecognized key${keys.length > 1 ? 's' : ''}: ${keys.map(quote).join(', ')}`;
}

function received(input: unknown): string {
  if (typeof input === 'number') return Number.isFinite(input) ? 'number' : String(input);
  if (typeof input !== 'object' || input === null) return input === null ? 'null' : typeof input;
  if (Array.isArray(input)) return 'array';
  const ctor = Object.getPrototypeOf(input) !== Object.prototype && 'constructor' in input && input.constructor;
  return typeof ctor === 'function' ? ctor.name : 'object';
}

function quote(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  return typeof value === 'string' ? `"${value}"` : String(value);
}
