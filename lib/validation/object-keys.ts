/**
 * Whether `v` is an object that may hold options (not null, not an array).
 *
 * @example
 * ```ts
 * isObject([]); // false
 * ```
 */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The keys of `value` (own and inherited enumerable ones) that `known` does not have, for
 * the "Unrecognized key" error of a strict object.
 *
 * @example
 * ```ts
 * unknownKeys({ fsp: 60 }, { fps: check }); // ['fsp']
 * ```
 */
export function unknownKeys(value: object, known: object): string[] {
  const unknown: string[] = [];
  for (const key in value) if (!Object.hasOwn(known, key)) unknown.push(key);
  return unknown;
}

/**
 * Whether an object is plain (made by a literal or `Object.create(null)`), as zod's
 * record tells one.
 *
 * @example
 * ```ts
 * isPlain(new Map()); // false
 * ```
 */
export function isPlain(v: object): boolean {
  const ctor = v.constructor;
  if (typeof ctor !== 'function') return true;
  const proto = ctor.prototype as unknown;
  return isObject(proto) && Object.hasOwn(proto, 'isPrototypeOf');
}
