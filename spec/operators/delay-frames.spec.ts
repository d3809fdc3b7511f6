import { Subject, tap } from 'rxjs';
import { InvalidArgumentError } from '../../lib/errors';
import { delayFrames } from '../../lib/operators';
import { simulatedClock, testFrameScheduler } from '../../lib/testing';
import { virtual } from '../scheduler/virtual';

describe('delayFrames', () => {
  it('re-emits n frames later, completing after the delayed values', () => {
    virtual(({ cold, expectObservable }) => {
      const s = testFrameScheduler();
      expectObservable(cold('a|').pipe(delayFrames(1, s))).toBe('10ms (a|)');
      expectObservable(cold('a|').pipe(delayFrames(3, s))).toBe('30ms (a|)');
    });
  });

  it('counts from the last frame for values that arrive between frames', () => {
    virtual(({ cold, expectObservable }) => {
      const s = testFrameScheduler();
      // a, b before frame 0 (due frame 1 at 20); c at 23, after frame 1: due frame 3, and
      // frames restart on demand at 23, so frame 2 is at 33 and frame 3 at 43
      expectObservable(cold('a 4ms b 17ms c 30ms |').pipe(delayFrames(2, s))).toBe('20ms (ab) 19ms c 10ms |');
    });
  });

  it('counts from the running frame for values emitted inside a frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const input = new Subject<string>();
      input.pipe(delayFrames(1, s)).subscribe((v) => log.push(`${v}#${s.frameIndex}`));
      s.schedule(() => input.next('x'), 25);
      s.atEndOfFrame(() => input.next('y'));
      flush();
    });
    expect(log).toEqual(['y#1', 'x#3']);
  });

  it('passes an error on at once, like delay', () => {
    virtual(({ cold, expectObservable, flush }) => {
      const s = testFrameScheduler();
      expectObservable(cold('a#').pipe(delayFrames(1, s))).toBe('-#');
      flush();
      expect(s.pendingCount).toBe(0);
    });
  });

  it('stops on unsubscribe', () => {
    virtual(({ cold, expectObservable, flush }) => {
      const s = testFrameScheduler();
      expectObservable(cold('a|').pipe(delayFrames(2, s)), '^ 14ms !').toBe('');
      flush();
      expect([s.pendingCount, s.framesActive]).toEqual([0, false]);
    });
  });

  it('respects the budget: due values past it follow next frame in order', () => {
    virtual(({ cold, expectObservable }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      const slow = tap(() => clock.work(4));
      expectObservable(cold('(abcde|)').pipe(delayFrames(1, s), slow)).toBe('10ms (ab) 6ms (cd) 6ms (e|)');
    });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2'])('rejects frames = %p', (frames) => {
    const s = testFrameScheduler();
    expect(() => delayFrames(frames as number, s)).toThrow(InvalidArgumentError);
    expect(() => delayFrames(frames as number, s)).toThrow(/^frames: .*\(got .+\)$/);
  });
});
