import { InvalidArgumentError } from '../../lib/errors';
import { simulatedClock, testFrameScheduler } from '../../lib/testing';
import { virtual } from './virtual';

describe('testing helpers', () => {
  it('simulatedClock adds simulated work time to the virtual clock', () => {
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const seen: number[] = [];
      const s = testFrameScheduler({ frameMs: 20, clock });
      s.schedule(() => {
        seen.push(clock.now());
        clock.work(4);
        seen.push(s.now());
      });
      flush();
      expect(seen).toEqual([20, 24]);
      expect(clock.spentMs).toBe(4);
      expect(() => clock.work(-1)).toThrow(InvalidArgumentError);
    });
  });

  it('testFrameScheduler passes budget and error handler through, and validates them', () => {
    const errors: unknown[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler({ budgetMs: 3, onError: (e) => errors.push(e) });
      expect(s.budgetMs).toBe(3);
      s.schedule(() => {
        throw 'x';
      });
      flush();
    });
    expect(errors).toEqual(['x']);
    expect(() => testFrameScheduler({ budgetMs: 0 })).toThrow(/options\.budgetMs: .*\(got 0\)/);
    expect(() => testFrameScheduler({ frameMs: -1 })).toThrow(/everyMs: .*\(got -1\)/);
  });
});
