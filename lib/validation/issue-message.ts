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
  // keys are strings: quoted without quote(), which the scheduler-only bundle then leaves out
  return `Unrecognized key${keys.length > 1 ? 's' : ''}: "${keys.join('", "')}"`;
}

function received(input: unknown): string {
  const type = kindOf(input);
  if (type !== 'object') return type;
  const ctor = Object.getPrototypeOf(input) !== Object.prototype && (input as object).constructor;
  return typeof ctor === 'function' ? ctor.name : type;
}

/**
 * What zod calls the kind of a value in "received ...", short of a class name: 'null',
 * 'array', 'NaN' or 'Infinity' for such numbers, else its `typeof`.
 *
 * @example
 * ```ts
 * kindOf([]); // 'array'
 * ```
 */
export function kindOf(input: unknown): string {
  const type = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
  return type === 'number' && !Number.isFinite(input) ? String(input) : type;
}

function quote(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  return typeof value === 'string' ? `"${value}"` : String(value);
}
