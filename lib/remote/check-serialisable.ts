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
export function checkSerialisable(value: unknown, path: string, seen: Set<object> = new Set()): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return;
    return fail(path, value, 'a non-finite number becomes null in JSON');
  }
  if (typeof value !== 'object') return fail(path, value, `${typeof value} values cannot be sent through Redis`);
  if (seen.has(value)) return fail(path, value, 'it refers to itself (a cycle)');
  const proto = Object.getPrototypeOf(value) as unknown;
  const plain = Array.isArray(value) || proto === Object.prototype || proto === null;
  if (!plain) return fail(path, value, `a ${value.constructor?.name ?? 'class'} instance is not plain JSON data`);
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    checkSerialisable(item, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, seen);
  }
  seen.delete(value);
}

function fail(path: string, value: unknown, why: string): never {
  throw new RemoteDataError(`${path} cannot be serialised for a remote job: ${why} (got ${describeValue(value)})`);
}
