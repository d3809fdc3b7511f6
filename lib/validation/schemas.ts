import { check, custom, number, type Schema } from './schema.js';

// Calls are marked @__PURE__ so a bundle keeps only the schemas it uses.
// number() already refuses NaN and ±Infinity (as zod's did), so no finiteness checks here.

/** A finite, non-negative number of milliseconds. */
export const millisSchema = /* @__PURE__ */ check(/* @__PURE__ */ number('expected a number of milliseconds'), [
  (n) => n >= 0,
  'expected a number >= 0',
]);

/** A finite, strictly positive number of milliseconds. */
export const positiveMillisSchema = /* @__PURE__ */ check(millisSchema, [(n) => n > 0, 'expected a number > 0']);

/** A whole number of frames, >= 0. */
export const framesSchema = /* @__PURE__ */ check(/* @__PURE__ */ number('expected a whole number of frames'), [
  (n) => Number.isInteger(n) && n >= 0,
  'expected a whole number >= 0',
]);

/** A whole number of frames, >= 1. */
export const positiveFramesSchema = /* @__PURE__ */ check(framesSchema, [
  (n) => n >= 1,
  'expected a whole number >= 1',
]);

/** Any function. */
export const functionSchema: Schema<(...args: any[]) => any> = /* @__PURE__ */ custom(
  (v) => typeof v === 'function',
  'expected a function',
);
