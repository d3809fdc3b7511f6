import { defer, finalize, interval, timer } from 'rxjs';
import { FrameScheduler } from '../../lib/scheduler';
import { virtual } from './virtual';

describe('FrameScheduler idle release', () => {
  it('subscribes to frames only while work is pending (expectSubscriptions)', () => {
    virtual(({ hot, expectSubscriptions, flush }) => {
      const frames = hot('--f--f--f--f--f--f--f--f--f');
      const s = new FrameScheduler({ frames });
      const log: number[] = [];
      s.schedule(() => log.push(s.now()));
      s.schedule(() => log.push(s.now()), 4);
      timer(9).subscribe(() => s.schedule(() => log.push(s.now())));
      flush();
      expectSubscriptions(frames.subscriptions).toBe(['^----!', '---------^-!']);
      expect(log).toEqual([2, 5, 11]);
    });
  });

  it('re-uses the frame source after the queue drains, and counts subscriptions', () => {
    virtual(({ flush }) => {
      let subscribed = 0;
      let released = 0;
      const frames = defer(() => {
        subscribed++;
        return interval(10).pipe(finalize(() => released++));
      });
      const s = new FrameScheduler({ frames });
      expect(subscribed).toBe(0);
      s.schedule(() => undefined);
      expect([subscribed, released]).toEqual([1, 0]);
      flush();
      expect([subscribed, released, s.framesActive]).toEqual([1, 1, false]);
      s.schedule(() => undefined, 30);
      flush();
      expect([subscribed, released, s.pendingCount]).toEqual([2, 2, 0]);
    });
  });

  it('leaves work queued when the frame source completes; the next schedule subscribes again', () => {
    virtual(({ cold, expectSubscriptions, flush }) => {
      const frames = cold('--f|');
      const s = new FrameScheduler({ frames });
      const log: number[] = [];
      s.schedule(() => log.push(s.now()));
      s.schedule(() => log.push(s.now()), 5); // due after the source's only frame
      timer(8).subscribe(() => {
        expect([log.length, s.pendingCount, s.framesActive]).toEqual([1, 1, false]);
        s.schedule(() => log.push(s.now()));
      });
      flush();
      // the second run of the source is released by the frame that empties the queue
      expectSubscriptions(frames.subscriptions).toBe(['^--!', '--------^-!']);
      expect(log).toEqual([2, 10, 10]);
    });
  });

  it('stays subscribed between frames while delayed work waits', () => {
    virtual(({ flush }) => {
      const s = new FrameScheduler({ frames: interval(10) });
      const active: boolean[] = [];
      s.schedule(() => undefined, 35);
      timer(15).subscribe(() => active.push(s.framesActive));
      timer(45).subscribe(() => active.push(s.framesActive));
      flush();
      expect(active).toEqual([true, false]);
    });
  });
});
