/**
 * Renders any value for an error message: numbers such as NaN and Infinity,
 * functions, symbols and objects all read as the user typed them.
 *
 * @example
 * ```ts
 * describeValue(NaN); // 'NaN'
 * describeValue({ a: 1 }); // '{"a":1}'
 * describeValue(new Map()); // '[object Map]'
 * ```
 */
export function describeValue(value: unknown): string {
  const type = typeof value;
  if (type === 'string') return JSON.stringify(value);
  if (type === 'function') return `[function ${(value as () => void).name || 'anonymous'}]`;
  if (type === 'bigint') return `${value as bigint}n`;
  // null too: JSON writes it as null
  return type === 'object' ? describeObject(value as object) : String(value);
}

function describeObject(value: object): string {
  try {
    // JSON has no NaN, Infinity or bigint (it throws on one): written as strings
    const json = JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'bigint' ? `${v}n` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
    );
    // `{}` says nothing of a Map, a Set, an Error or a class instance without own fields:
    // only a plain object keeps it, the others are named by their constructor below
    if (json !== undefined && (json !== '{}' || value.constructor === Object)) {
      return json.length > 120 ? `${json.slice(0, 117)}...` : json;
    }
  } catch {
    // circular or throwing toJSON: fall through to the constructor name
  }
  return `[object ${value.constructor?.name ?? 'Object'}]`;
}
