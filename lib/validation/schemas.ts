import * as z from 'zod/mini';

/** A finite, non-negative number of milliseconds. */
export const millisSchema = z.number({ error: 'expected a number of milliseconds' }).check(
  z.refine(Number.isFinite, 'expected a finite number'),
  z.refine((n) => n >= 0, 'expected a number >= 0'),
);

/** A finite, strictly positive number of milliseconds. */
export const positiveMillisSchema = millisSchema.check(z.refine((n) => n > 0, 'expected a number > 0'));

/** A whole number of frames, >= 0. */
export const framesSchema = z.number({ error: 'expected a whole number of frames' }).check(
  z.refine(Number.isFinite, 'expected a finite number'),
  z.refine((n) => Number.isInteger(n) && n >= 0, 'expected a whole number >= 0'),
);

/** A whole number of frames, >= 1. */
export const positiveFramesSchema = framesSchema.check(z.refine((n) => n >= 1, 'expected a whole number >= 1'));

/** Frames per second: finite and > 0. */
export const fpsSchema = z.number({ error: 'expected frames per second as a number' }).check(
  z.refine(Number.isFinite, 'expected a finite number'),
  z.refine((n) => n > 0, 'expected a number > 0'),
);

/** Any function. */
export const functionSchema = z.custom<(...args: any[]) => any>((v) => typeof v === 'function', {
  error: 'expected a function',
});
