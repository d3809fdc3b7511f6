import {
  auditTime,
  bufferTime,
  catchError,
  debounceTime,
  delay,
  interval,
  observeOn,
  of,
  subscribeOn,
  take,
  throttleTime,
  timeout,
  timer,
} from 'rxjs';
import { testFrameScheduler } from '../../lib/testing';
import { virtual } from '../scheduler/virtual';

// Frames come every 10 ms from the moment work arrives, so every time below is a
// frame boundary: RxJS's own async scheduler would give 15 where we expect 20.
describe('RxJS operators on the frame scheduler', () => {
  it('observeOn delivers each notification on the next frame', () => {
    virtual(({ cold, expectObservable }) => {
      const s = testFrameScheduler();
      expectObservable(cold('a 14ms b|').pipe(observeOn(s))).toBe('10ms a 14ms (b|)');
    });
  });

  it('subscribeOn subscribes inside a frame', () => {
    virtual(({ cold, expectObservable, expectSubscriptions }) => {
      const s = testFrameScheduler();
      const source = cold('a|');
      expectObservable(source.pipe(subscribeOn(s))).toBe('10ms a|');
      expectSubscriptions(source.subscriptions).toBe('10ms ^!');
    });
  });

  it('delay re-emits on the first frame at or after the delay', () => {
    virtual(({ cold, expectObservable }) => {
      const s = testFrameScheduler();
      expectObservable(cold('a 4ms b|').pipe(delay(15, s))).toBe('20ms (ab|)');
    });
  });

  it('timer fires on frames, once and periodically', () => {
    virtual(({ expectObservable }) => {
      const s = testFrameScheduler();
      expectObservable(timer(15, s)).toBe('20ms (a|)', { a: 0 });
      expectObservable(timer(15, 10, s).pipe(take(3))).toBe('20ms a 9ms b 9ms (c|)', { a: 0, b: 1, c: 2 });
    });
  });

  it('interval ticks on frames (a period between frames drifts to the next frame)', () => {
    virtual(({ expectObservable }) => {
      const s = testFrameScheduler();
      expectObservable(interval(10, s).pipe(take(3))).toBe('10ms a 9ms b 9ms (c|)', { a: 0, b: 1, c: 2 });
      expectObservable(interval(15, s).pipe(take(3))).toBe('20ms a 19ms b 19ms (c|)', { a: 0, b: 1, c: 2 });
    });
  });

  it('debounceTime emits the last value on the first frame after the quiet time', () => {
    virtual(({ cold, expectObservable }) => {
      const s = testFrameScheduler();
      expectObservable(cold('a 2ms b 30ms c 30ms |').pipe(debounceTime(12, s))).toBe('20ms b 33ms c 10ms |');
    });
  });

  it('throttleTime keeps its window open until the frame that ends it', () => {
    virtual(({ cold, expectObservable }) => {
      const s = testFrameScheduler();
      // c at 17 is after 15 ms but before the frame at 20 that closes the window
      expectObservable(cold('a 2ms b 13ms c 10ms d|').pipe(throttleTime(15, s))).toBe('a 27ms d|');
    });
  });

  it('auditTime emits the latest value on the frame that ends the window', () => {
    virtual(({ cold, expectObservable }) => {
      const s = testFrameScheduler();
      expectObservable(cold('a 2ms b 30ms c 20ms |').pipe(auditTime(15, s))).toBe('20ms b 33ms c|');
    });
  });

  it('timeout fires on a frame, and is reset by each value', () => {
    virtual(({ cold, expectObservable }) => {
      const s = testFrameScheduler();
      const timedOut = catchError((e: Error) => of(e.name));
      expectObservable(cold('a 30ms b|').pipe(timeout({ each: 15, scheduler: s }), timedOut)).toBe('a 19ms (t|)', {
        a: 'a',
        t: 'TimeoutError',
      });
      expectObservable(cold('a 12ms b|').pipe(timeout({ each: 15, scheduler: s }), timedOut)).toBe('a 12ms b|');
    });
  });

  it('bufferTime closes its buffers on frames', () => {
    virtual(({ cold, expectObservable }) => {
      const s = testFrameScheduler();
      expectObservable(cold('a 4ms b 20ms c 20ms |').pipe(bufferTime(15, s))).toBe('20ms x 19ms y 6ms (z|)', {
        x: ['a', 'b'],
        y: ['c'],
        z: [],
      });
    });
  });
});
