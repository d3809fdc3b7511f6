import { interval } from 'rxjs';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { parse } from '../../lib/validation/parse';
import { custom } from '../../lib/validation/schema';
import { object } from '../../lib/validation/object';

// The scheduler checks its options by hand (a smaller bundle); its words must stay the
// schemas' words, which spec/validation/schema.spec.ts holds to zod.
const strict = object({ frames: custom(() => true, 'unused') });
const schemaMessage = (value: unknown): string => {
  try {
    parse(strict, value, 'options');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the schema accepted the value');
};

describe('FrameScheduler options: the schemas words', () => {
  it.each([null, undefined, [], 5, NaN, -Infinity, 'x', true, () => 1, Symbol('s'), 5n])(
    'a non-object (%p) gets the object schema message',
    (value) => {
      expect(() => new FrameScheduler(value as never)).toThrow(schemaMessage(value));
    },
  );

  it('unknown keys get the strict object message', () => {
    const options = { frames: interval(10), fsp: 60, budget: 2 };
    expect(() => new FrameScheduler(options as never)).toThrow(schemaMessage(options));
  });
});
