import * as z from 'zod/mini';
import { issueMessage } from '../../lib/validation/issue-message';

// zod's English locale: what the library's messages read like before zod/mini.
const english = z.locales.en().localeError;

class Point {
  constructor(readonly x: number) {}
}

const cases: [string, z.ZodMiniType, unknown][] = [
  ['number given a string', z.number(), '5'],
  ['number given NaN', z.number(), NaN],
  ['number given Infinity', z.number(), Infinity],
  ['number given -Infinity', z.number(), -Infinity],
  ['string given null', z.string(), null],
  ['string given an array', z.string(), [1]],
  ['string given a class instance', z.string(), new Point(1)],
  ['object given undefined', z.strictObject({}), undefined],
  ['boolean given a function', z.boolean(), () => 1],
  ['array given a string', z.array(z.any()), 'nope'],
  ['one unknown key', z.strictObject({ a: z.optional(z.number()) }), { b: 1 }],
  ['two unknown keys', z.strictObject({ a: z.optional(z.number()) }), { b: 1, c: 2 }],
  ['enum', z.enum(['latest', 'all']), 'some'],
  ['literal string', z.literal('restart'), 'retry'],
  ['literal number', z.literal(3), 4],
  ['short string', z.string().check(z.minLength(2)), 'x'],
  ['exact length', z.string().check(z.length(2)), 'xyz'],
  ['long string', z.string().check(z.maxLength(1)), 'xy'],
  ['short array', z.array(z.number()).check(z.minLength(1)), []],
  ['number too small', z.number().check(z.gt(3)), 1],
  ['number too small inclusive', z.number().check(z.gte(3)), 1],
  ['number too big', z.number().check(z.lt(3)), 5],
  ['number too big inclusive', z.number().check(z.lte(3)), 5],
  ['union of objects', z.union([z.strictObject({ ms: z.number() }), z.strictObject({ frames: z.number() })]), 5],
  ['union of enums', z.union([z.enum(['a', 'b']), z.strictObject({ type: z.enum(['a']) })]), 'c'],
  ['exclusive union', z.xor([z.number(), z.number()]), 1],
  [
    'discriminated union',
    z.discriminatedUnion('type', [z.object({ type: z.literal('a') }), z.object({ type: z.literal('b') })]),
    { type: 'c' },
  ],
  ['record value', z.record(z.string(), z.number()), { a: 'x' }],
  ['record key', z.record(z.enum(['a']), z.number()), { b: 1 }],
  ['map value', z.map(z.string(), z.number()), new Map([['a', 'x']])],
  ['set element', z.set(z.number()), new Set(['x'])],
];

describe('issueMessage words issues as zod’s English locale does', () => {
  it.each(cases)('%s', (_name, schema, input) => {
    const ours = schema.safeParse(input, { error: issueMessage });
    const theirs = schema.safeParse(input, { error: english });
    expect(ours.success).toBe(false);
    const messages = (r: typeof ours) => (r.success ? [] : r.error.issues.map((i) => i.message));
    expect(messages(ours)).toEqual(messages(theirs));
    expect(messages(ours).join()).not.toBe('');
  });

  it('is only a fallback: a schema’s own message wins', () => {
    const result = z.number({ error: 'expected a count' }).safeParse('5', { error: issueMessage });
    expect(result.success ? '' : result.error.issues[0]?.message).toBe('expected a count');
  });
});
