import { TestScheduler } from 'rxjs/testing';
import { interval, observeOn, of } from 'rxjs';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';

describe('smoke', () => {
  it('runs observeOn on frames', () => {
    const ts = new TestScheduler((a, b) => expect(a).toEqual(b));
    ts.run(({ expectObservable }) => {
      const s = new FrameScheduler({ frames: interval(10) });
      expectObservable(of(1, 2, 3).pipe(observeOn(s))).toBe('10ms (abc|)', { a: 1, b: 2, c: 3 });
    });
  });
});
