import { createRuntime } from '../../lib/runtime/create-runtime';
import { hostFrames } from '../../lib/frames/host-frames';
import { of } from 'rxjs';
import { describeValue } from '../../lib/validation/describe-value';

describe('describeValue', () => {
  it('quotes values as typed: strings, NaN, functions, symbols, objects', () => {
    expect(describeValue('8')).toBe('"8"');
    expect(describeValue(NaN)).toBe('NaN');
    expect(describeValue({ a: Infinity })).toBe('{"a":"Infinity"}');
    expect(describeValue(function named() {})).toBe('[function named]');
    expect(describeValue(Symbol('s'))).toBe('Symbol(s)');
    expect(describeValue(null)).toBe('null');
  });

  // a bigint read as a plain number ("expected a finite number (got 10)", which is one),
  // and one inside an object made JSON throw, so the object read as [object Object]
  it('quotes a bigint with its n, alone and inside an object', () => {
    expect(describeValue(10n)).toBe('10n');
    expect(describeValue({ priority: 10n })).toBe('{"priority":"10n"}');
    const runtime = createRuntime({ frames: hostFrames().frames });
    const id = runtime.run(of(1));
    expect(() => runtime.setPriority(id, 10n as unknown as number)).toThrow(
      'priority: expected a finite number (got 10n)',
    );
    runtime.dispose();
  });

  // JSON writes each of these as {}, which read as if an empty object had been passed
  it('names a Map, a Set, an Error or an instance without own fields by its constructor', () => {
    expect(describeValue(new Map([[1, 2]]))).toBe('[object Map]');
    expect(describeValue(new Set([1]))).toBe('[object Set]');
    expect(describeValue(new TypeError('bad'))).toBe('[object TypeError]');
    expect(describeValue(new (class Camera {})())).toBe('[object Camera]');
    expect(describeValue(Object.create(null))).toBe('[object Object]');
    expect(describeValue({})).toBe('{}');
    const runtime = createRuntime({ frames: hostFrames().frames });
    expect(() => runtime.run(new Map() as never)).toThrow('(got [object Map])');
    runtime.dispose();
  });
});
