import { isObject } from './object-keys.js';
import type { Shape } from './object.js';

/**
 * The cheap test that valid options pass where a full schema walk costs too much per call
 * (task options, worker exec options): an object whose every key with a value is in
 * `shape` and accepted by its schema. Keys whose value is `undefined` are passed over
 * (`{ group: undefined }` is fine). Only for shapes of optional keys: a missing key is
 * not checked. What fails goes through the schema, which words the precise error.
 *
 * @example
 * ```ts
 * const o = passesShape(execOptionsShape, options) ? options : parse(execOptionsSchema, options, 'options');
 * ```
 */
export function passesShape(shape: Shape, value: unknown): boolean {
  if (!isObject(value)) return false;
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined && (!Object.hasOwn(shape, key) || shape[key]!(v) !== undefined)) return false;
  }
  return true;
}
