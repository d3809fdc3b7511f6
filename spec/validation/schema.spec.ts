import * as z from 'zod/mini';
import {
  array,
  boolean,
  check,
  custom,
  instance,
  number,
  oneOf,
  optional,
  string,
  union,
  type Schema,
} from '../../lib/validation/schema';
import { object, record } from '../../lib/validation/object';

// The library validated with zod/mini (English locale) before lib/validation/schema.ts;
// its messages are part of the contract, so each combinator is held to zod's first issue
// (path and message) here. zod is a devDependency for this spec only.
const english = z.locales.en().localeError;

class Point {
  constructor(readonly x: number) {}
}

const inputs: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  '',
  'x',
  'a',
  'restart',
  true,
  [],
  [1],
  {},
  { a: 1 },
  { a: 'x' },
  { b: 1 },
  { b: 1, c: 2 },
  { ms: -1 },
  { frames: 0 },
  { ms: 1, frames: 1 },
  { type: 'a' },
  { type: 'restart', max: -1 },
  () => 1,
  new Point(1),
  new URL('file:///x'),
  Object.create(null),
];

const positive = [(n: number) => n > 0, 'expected a number > 0'] as const;
const pairs: [string, Schema<any>, z.ZodMiniType][] = [
  ['number', number(), z.number()],
  ['number with a message', number('expected a count'), z.number({ error: 'expected a count' })],
  ['string', string(), z.string()],
  ['boolean', boolean(), z.boolean()],
  ['array', array(), z.array(z.any())],
  ['instance', instance(URL), z.instanceof(URL)],
  ['custom', custom((v) => v === 0, 'expected 0'), z.custom((v) => v === 0, { error: 'expected 0' })],
  ['enum', oneOf(['a', 'b']), z.enum(['a', 'b'])],
  ['literal', oneOf(['restart']), z.literal('restart')],
  ['refined number', check(number(), positive), z.number().check(z.refine(...positive))],
  ['optional', optional(check(number(), positive)), z.optional(z.number().check(z.refine(...positive)))],
  [
    'strict object',
    object({ a: optional(number()), type: optional(oneOf(['a'])) }),
    z.strictObject({ a: z.optional(z.number()), type: z.optional(z.enum(['a'])) }),
  ],
  ['loose object', object({ a: optional(number()) }, false), z.looseObject({ a: z.optional(z.number()) })],
  [
    'object with a refinement',
    object<{ ms?: number; frames?: number }>({ ms: optional(number()), frames: optional(number()) }, true, [
      (o) => o.ms === undefined || o.frames === undefined,
      'not both',
    ]),
    z
      .strictObject({ ms: z.optional(z.number()), frames: z.optional(z.number()) })
      .check(z.refine((o) => o.ms === undefined || o.frames === undefined, 'not both')),
  ],
  [
    'union of objects',
    union([object({ ms: check(number(), positive) }), object({ frames: number() })]),
    z.union([z.strictObject({ ms: z.number().check(z.refine(...positive)) }), z.strictObject({ frames: z.number() })]),
  ],
  [
    'union with a message',
    union<unknown>(
      [check(string(), [(s) => s.length > 0, 'Too small: expected string to have >=1 characters']), instance(URL)],
      'bad',
    ),
    z.union([z.string().check(z.minLength(1)), z.instanceof(URL)], { error: 'bad' }),
  ],
  [
    'union of an enum and objects',
    union<unknown>([oneOf(['a']), object({ type: oneOf(['restart']), max: check(number(), positive) })]),
    z.union([
      z.enum(['a']),
      z.strictObject({ type: z.literal('restart'), max: z.number().check(z.refine(...positive)) }),
    ]),
  ],
  ['record', record(number()), z.record(z.string(), z.number())],
];

function theirs(schema: z.ZodMiniType, input: unknown): string {
  const result = schema.safeParse(input, { error: english });
  const issue = result.success ? undefined : result.error.issues[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : 'valid';
}

function ours(schema: Schema<unknown>, input: unknown): string {
  const issue = schema(input)?.[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : 'valid';
}

describe('schemas give the first issue zod/mini gave, worded as its English locale', () => {
  it.each(pairs)('%s', (_name, mine, zods) => {
    const got = inputs.map((input) => ours(mine, input));
    expect(got).toEqual(inputs.map((input) => theirs(zods, input)));
    expect(got).toContain('valid');
    expect(got.filter((m) => m !== 'valid').length).toBeGreaterThan(0);
  });
});
