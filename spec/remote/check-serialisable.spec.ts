import fc from 'fast-check';
import { RemoteDataError } from '../../lib/errors';
import { checkSerialisable } from '../../lib/remote/check-serialisable';

/** Bad values, each with the reason its message gives. */
const bad: [string, unknown, RegExp][] = [
  ['a function', () => 1, /function values cannot be sent/],
  ['a BigInt', 1n, /bigint values cannot be sent/],
  ['undefined', undefined, /undefined values cannot be sent/],
  ['NaN', NaN, /a non-finite number becomes null/],
  ['a Map', new Map(), /a Map instance is not plain JSON data/],
  ['a Date', new Date(0), /a Date instance is not plain JSON data/],
];

describe('checkSerialisable', () => {
  it('accepts any JSON value, however nested (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void checkSerialisable(value, 'data')));
  });

  it('accepts objects without a prototype, and the same object twice (not a cycle)', () => {
    const shared = { a: 1 };
    const bare = Object.assign(Object.create(null) as object, { b: [shared, shared] });
    expect(() => checkSerialisable({ x: shared, y: [shared, { z: shared }], bare }, 'data')).not.toThrow();
  });

  it.each(bad)('names %s wherever it sits, by its path', (_what, value, why) => {
    expect(() => checkSerialisable(value, 'data')).toThrow(why);
    const deep = { a: [1, { b: [null, 'x', { c: value }] }] };
    expect(() => checkSerialisable(deep, 'data')).toThrow(RemoteDataError);
    expect(() => checkSerialisable(deep, 'data')).toThrow(/^data\.a\[1\]\.b\[2\]\.c cannot be serialised/);
  });

  it('a bad value planted anywhere in JSON data is found (property)', () => {
    const planted = fc
      .jsonValue()
      .chain((json) =>
        fc.constantFrom(...bad.map(([, value]) => value)).map((value) => ({ outer: [json, { inner: value }] })),
      );
    fc.assert(
      fc.property(planted, (data) => {
        expect(() => checkSerialisable(data, 'data')).toThrow(/^data\.outer\[1\]\.inner cannot be serialised/);
      }),
    );
  });

  it('an array JSON would change is refused: a hole (it becomes null), a property besides its items (it is dropped)', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(() => checkSerialisable({ a: [1, , 3] }, 'data')).toThrow(/^data\.a cannot be serialised.*holes/);
    expect(() => checkSerialisable({ a: new Array(2) }, 'data')).toThrow(RemoteDataError);
    const extra = Object.assign([1, 2], { total: 3 });
    expect(() => checkSerialisable([extra], 'data')).toThrow(/^data\[0\] cannot be serialised.*drops its other keys/);
  });

  it('a cycle is refused, with the path where it closes', () => {
    const loop: Record<string, unknown> = { a: { b: [] as unknown[] } };
    ((loop.a as { b: unknown[] }).b as unknown[]).push(loop);
    expect(() => checkSerialisable(loop, 'data')).toThrow(/^data\.a\.b\[0\] cannot be serialised.*refers to itself/);
  });
});
