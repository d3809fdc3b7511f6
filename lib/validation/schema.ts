import { typeMessage, valuesMessage } from './issue-message.js';

/**
 * One problem a {@link Schema} found: where (`path` below the checked value), what, and
 * whether it is fatal (`abort`: the value is of the wrong kind, as opposed to a kind
 * that is right but out of range). A union picks its message by that flag.
 *
 * @example
 * ```ts
 * const issue: Issue = { path: ['budgetMs'], message: 'expected a number > 0', abort: false };
 * ```
 */
export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly abort: boolean;
}

/**
 * A validator as data: called with any value, it returns its issues in order, or
 * `undefined` when the value is valid (no allocation on the valid path). `T` is what a
 * valid value is. Schemas are plain functions built by the small combinators of
 * `lib/validation/schema.ts` (objects and records: `object.ts`); `parse` turns the first
 * issue into an InvalidArgumentError.
 *
 * @example
 * ```ts
 * const fps: Schema<number> = check(number(), [(n) => n > 0, 'expected a number > 0']);
 * fps(-1); // [{ path: [], message: 'expected a number > 0', abort: false }]
 * ```
 */
export type Schema<T = unknown> = ((value: unknown) => Issue[] | undefined) & { readonly valid?: T };

/** A test and the message given when it fails. */
export type Refinement<T> = readonly [test: (value: T) => boolean, message: string];

/**
 * The one issue of a value refused as a whole (`path` empty), fatal when `abort`. What the
 * builders below return on a refusal; object.ts words its kind errors with it too.
 *
 * @example
 * ```ts
 * issue('expected a number > 0', false); // [{ path: [], message: 'expected a number > 0', abort: false }]
 * ```
 */
export const issue = (message: string, abort: boolean): Issue[] => [{ path: [], message, abort }];

// Every builder below is marked free of side effects, so a bundle drops the schemas built at
// a module's top level that it never uses. Rollup reads the mark across modules; esbuild
// only within a file, so shared schemas (schemas.ts) also mark their calls @__PURE__.

/** A kind of value: `test` fails with an aborting issue worded by zod's English locale (or `error`). */
/* @__NO_SIDE_EFFECTS__ */
export function kind<T>(expected: string, test: (value: unknown) => boolean, error?: string): Schema<T> {
  return (v) => (test(v) ? undefined : issue(error ?? typeMessage(expected, v), true));
}

/** A finite number (NaN and ±Infinity are refused). */
/* @__NO_SIDE_EFFECTS__ */
export function number(error?: string): Schema<number> {
  // Number.isFinite is false for anything but a number (it does not convert, unlike isFinite)
  return kind('number', Number.isFinite, error);
}

/** A string. */
/* @__NO_SIDE_EFFECTS__ */
export function string(error?: string): Schema<string> {
  return kind('string', (v) => typeof v === 'string', error);
}

/** `true` or `false`. */
/* @__NO_SIDE_EFFECTS__ */
export function boolean(error?: string): Schema<boolean> {
  return kind('boolean', (v) => typeof v === 'boolean', error);
}

/** An array (of anything). */
/* @__NO_SIDE_EFFECTS__ */
export function array(error?: string): Schema<unknown[]> {
  return kind('array', Array.isArray, error);
}

/** An instance of `cls`. */
/* @__NO_SIDE_EFFECTS__ */
export function instance<T>(cls: abstract new (...args: any[]) => T, error?: string): Schema<T> {
  return kind(cls.name, (v) => v instanceof cls, error);
}

/** Any value `problem` finds nothing wrong with; else the (not fatal) issue it words. */
/* @__NO_SIDE_EFFECTS__ */
export function problem<T>(find: (value: unknown) => string | undefined): Schema<T> {
  return (v) => {
    const message = find(v);
    return message === undefined ? undefined : issue(message, false);
  };
}

/** Any value `test` accepts; a refusal is not fatal (a union may still report it). */
/* @__NO_SIDE_EFFECTS__ */
export function custom<T>(test: (value: unknown) => boolean, error = 'Invalid input'): Schema<T> {
  return (v) => (test(v) ? undefined : issue(error, false));
}

/** One of `values` (an enum, or a literal with one value). */
/* @__NO_SIDE_EFFECTS__ */
export function oneOf<const V extends readonly unknown[]>(values: V, error?: string): Schema<V[number]> {
  return kind('', (v) => values.includes(v), error ?? valuesMessage(values));
}

/** `schema`, then each refinement in order unless `schema` found the value of the wrong kind. */
/* @__NO_SIDE_EFFECTS__ */
export function check<T>(schema: Schema<T>, ...refinements: Refinement<T>[]): Schema<T> {
  return (v) => {
    let issues = schema(v);
    if (issues?.some((i) => i.abort)) return issues;
    for (const [test, message] of refinements) {
      if (!test(v as T)) (issues ??= []).push({ path: [], message, abort: false });
    }
    return issues;
  };
}

/** `undefined`, or what `schema` accepts. */
/* @__NO_SIDE_EFFECTS__ */
export function optional<T>(schema: Schema<T>): Schema<T | undefined> {
  return (v) => (v === undefined ? undefined : schema(v));
}

/** What one of `options` accepts; when several complain, `error` (or 'Invalid input'). */
/* @__NO_SIDE_EFFECTS__ */
export function union<T>(options: readonly Schema<T>[], error = 'Invalid input'): Schema<T> {
  return (v) => {
    const results: Issue[][] = [];
    for (const option of options) {
      const issues = option(v);
      if (!issues) return undefined;
      results.push(issues);
    }
    // as zod: the only option that found the right kind of value speaks for the union
    const right = results.filter((issues) => !issues.some((i) => i.abort));
    return right.length === 1 ? right[0] : issue(error, true);
  };
}
