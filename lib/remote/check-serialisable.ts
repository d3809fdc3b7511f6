import { RemoteDataError } from '../errors.js';
import { describeValue } from '../validation/describe-value.js';

/**
 * Throws a {@link RemoteDataError} unless `value` survives a trip through Redis as JSON
 * unchanged: null, booleans, finite numbers, strings, arrays and plain objects of those.
 *
 * @example
 * ```ts
 * checkSerialisable({ q: 'cats' }, 'data'); // ok
 * checkSerialisable({ f: () => 1 }, 'data'); // throws RemoteDataError: data.f ...
 * ```
 */
export function checkSerialisable(value: unknown, path: string): void {
  // every remote call checks its data: the valid case walks it without building a path
  // string per value or a set for a primitive; the walk that names the bad part runs
  // only when something is bad
  if (!isJsonData(value, undefined)) explain(value, path, new Set());
}

/** Whether `value` is JSON data; `ancestors` are the objects it sits in (a cycle is not). */
function isJsonData(value: unknown, ancestors: Set<object> | undefined): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || ancestors?.has(value) || !isPlain(value)) return false;
  if (Array.isArray(value) && !isDense(value)) return false;
  const inside = ancestors ?? new Set<object>();
  inside.add(value);
  for (const item of Object.values(value)) if (!isJsonData(item, inside)) return false;
  inside.delete(value);
  return true;
}

/** Throws for the first part of `value` that is not JSON data, naming it by its path. */
function explain(value: unknown, path: string, seen: Set<object>): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return;
    return fail(path, value, 'a non-finite number becomes null in JSON');
  }
  if (typeof value !== 'object') return fail(path, value, `${typeof value} values cannot be sent through Redis`);
  if (seen.has(value)) return fail(path, value, 'it refers to itself (a cycle)');
  if (!isPlain(value))
    return fail(path, value, `a ${value.constructor?.name ?? 'class'} instance is not plain JSON data`);
  if (Array.isArray(value) && !isDense(value))
    return fail(path, value, 'JSON fills the holes of an array, drops its other keys');
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    explain(item, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, seen);
  }
  seen.delete(value);
}

/** Whether JSON keeps the array as it is: no holes (they become null), no keys besides its items (dropped). */
function isDense(array: unknown[]): boolean {
  const keys = Object.keys(array);
  // index keys come first and in order: the last one is `length - 1` exactly when there are no holes and no other keys
  return keys.length === array.length && (keys.length === 0 || keys[keys.length - 1] === String(keys.length - 1));
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

function fail(path: string, value: unknown, why: string): never {
  throw new RemoteDataError(`${path} cannot be serialised for a remote job: ${why} (got ${describeValue(value)})`);
}
