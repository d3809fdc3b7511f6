import { typeMessage, unrecognizedMessage } from './issue-message.js';
import { isObject, isPlain, unknownKeys } from './object-keys.js';
import { check, issue, type Issue, type Refinement, type Schema } from './schema.js';

/** The schemas of an object's keys. */
export type Shape = Readonly<Record<string, Schema<any>>>;

/**
 * An object whose keys match `shape`; `strict` (default) refuses unknown keys. Issues of
 * keys come first in shape order, then the unknown keys, then `refinements` (skipped when
 * a key's value was of the wrong kind).
 */
/* @__NO_SIDE_EFFECTS__ */
export function object<T>(shape: Shape, strict = true, ...refinements: Refinement<T>[]): Schema<T> {
  return check<T>(
    (v) => {
      if (!isObject(v)) return issue(typeMessage('object', v), true);
      let issues: Issue[] | undefined;
      for (const key in shape) {
        for (const i of shape[key]!(v[key]) ?? []) (issues ??= []).push({ ...i, path: [key, ...i.path] });
      }
      const unknown = strict ? unknownKeys(v, shape) : [];
      if (unknown.length) (issues ??= []).push({ path: [], message: unrecognizedMessage(unknown), abort: false });
      return issues;
    },
    ...refinements,
  );
}

/** A plain object whose every value `values` accepts. */
/* @__NO_SIDE_EFFECTS__ */
export function record<T>(values: Schema<T>): Schema<Record<string, T>> {
  return (v) => {
    if (!isObject(v) || !isPlain(v)) return issue(typeMessage('record', v), true);
    let issues: Issue[] | undefined;
    for (const key of Object.keys(v)) {
      for (const i of values(v[key]) ?? []) (issues ??= []).push({ ...i, path: [key, ...i.path] });
    }
    return issues;
  };
}
