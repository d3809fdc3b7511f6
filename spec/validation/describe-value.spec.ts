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
});
