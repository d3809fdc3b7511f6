import { ErrorCodes, InvalidArgumentError } from '../../lib/errors';
import type { FrameScheduler } from '../../lib/scheduler';
import { every, later } from '../../lib/timing';
import { testFrameScheduler } from '../../lib/testing';
import { virtual } from '../scheduler/virtual';

const thrown = (call: () => unknown): InvalidArgumentError => {
  try {
    call();
  } catch (e) {
    return e as InvalidArgumentError;
  }
  throw new Error('expected a throw');
};

describe('run-later validation', () => {
  const fn = () => undefined;

  it.each([
    [{ frames: -1 }, 'options.frames', '-1'],
    [{ frames: Number.NaN }, 'options.frames', 'NaN'],
    [{ frames: Number.POSITIVE_INFINITY }, 'options.frames', 'Infinity'],
    [{ frames: 1.5 }, 'options.frames', '1.5'],
    [{ frames: 0 }, 'options.frames', '0'],
    [{ ms: -5 }, 'options.ms', '-5'],
    [{ ms: Number.NaN }, 'options.ms', 'NaN'],
    [{ ms: Number.NEGATIVE_INFINITY }, 'options.ms', '-Infinity'],
    [{ ms: '10' }, 'options.ms', '"10"'],
    [{ endOfFrame: 'yes' }, 'options.endOfFrame', '"yes"'],
    [{ fram: 2 }, 'options', '{"fram":2}'],
    [{ frames: 1, ms: 5 }, 'options', '{"frames":1,"ms":5}'],
    [{ owner: 42 }, 'options.owner', '42'],
    [{ owner: {} }, 'options.owner', '{}'],
  ])('later rejects %p, quoting the value', (options, path, quoted) => {
    const s = testFrameScheduler();
    const error = thrown(() => later(s, fn, options as never));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.code).toBe(ErrorCodes.invalidArgument);
    expect(error.message.startsWith(`${path}:`)).toBe(true);
    expect(error.message).toContain(`(got ${quoted})`);
    expect(s.pendingCount).toBe(0);
  });

  it.each([
    [{ frames: 0 }, 'options.frames', '0'],
    [{ ms: 0 }, 'options.ms', '0'],
    [{ ms: Number.POSITIVE_INFINITY }, 'options.ms', 'Infinity'],
    [{ frames: 2, ms: 5 }, 'options', '{"frames":2,"ms":5}'],
    [{ endOfFrame: true }, 'options', '{"endOfFrame":true}'],
  ])('every rejects %p, quoting the value', (options, path, quoted) => {
    const s = testFrameScheduler();
    const error = thrown(() => every(s, fn, options as never));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message.startsWith(`${path}:`)).toBe(true);
    expect(error.message).toContain(`(got ${quoted})`);
  });

  it('rejects a non-function and a non-FrameScheduler', () => {
    const s = testFrameScheduler();
    expect(thrown(() => later(s, 42 as never)).message).toBe('fn: expected a function (got 42)');
    expect(thrown(() => every(s, 'go' as never)).message).toBe('fn: expected a function (got "go")');
    expect(thrown(() => later({ schedule: fn } as unknown as FrameScheduler, fn)).message).toMatch(
      /^scheduler: expected a FrameScheduler/,
    );
  });

  it('keeps earlier calls when a later one is rejected', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      later(s, () => log.push('kept'), { frames: 2 });
      const handle = every(s, () => log.push('tick'), { frames: 1 });
      expect(() => every(s, fn, { ms: -1 })).toThrow(InvalidArgumentError);
      expect(() => later(s, fn, { frames: 1, ms: 1 })).toThrow(InvalidArgumentError);
      later(s, () => handle.unsubscribe(), { frames: 2 });
      flush();
    });
    expect(log).toEqual(['tick', 'kept', 'tick']);
  });
});
