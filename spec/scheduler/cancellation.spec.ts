import { timer, type SchedulerAction } from 'rxjs';
import { testFrameScheduler } from '../../lib/testing';
import { virtual } from './virtual';

describe('FrameScheduler cancellation', () => {
  it('unsubscribing the first returned subscription cancels every later re-schedule', () => {
    const log: number[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const first = s.schedule(function (this: SchedulerAction<unknown>) {
        log.push(s.now());
        this.schedule(undefined, 0);
      });
      timer(25).subscribe(() => first.unsubscribe());
      flush();
      expect(s.pendingCount).toBe(0);
      expect(s.framesActive).toBe(false);
    });
    expect(log).toEqual([10, 20]);
  });

  it('cancels a pending action before it runs and releases the frames', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const sub = s.schedule(() => log.push('never'));
      expect(s.pendingCount).toBe(1);
      expect(s.framesActive).toBe(true);
      sub.unsubscribe();
      expect(s.pendingCount).toBe(0);
      expect(s.framesActive).toBe(false);
      flush();
    });
    expect(log).toEqual([]);
  });

  it('cancels a re-scheduled, delayed action while it waits', () => {
    const log: number[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const sub = s.schedule(function (this: SchedulerAction<unknown>) {
        log.push(s.now());
        this.schedule(undefined, 50);
      });
      timer(30).subscribe(() => {
        expect(s.pendingCount).toBe(1);
        sub.unsubscribe();
        expect(s.pendingCount).toBe(0);
        expect(s.framesActive).toBe(false);
      });
      flush();
    });
    expect(log).toEqual([10]);
  });

  it('unsubscribing one pending action leaves the others', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.schedule(() => log.push('a'));
      const b = s.schedule(() => log.push('b'));
      s.schedule(() => log.push('c'), 5);
      const d = s.schedule(() => log.push('d'), 5);
      s.schedule(() => log.push('e'));
      b.unsubscribe();
      d.unsubscribe();
      expect(s.pendingCount).toBe(3);
      flush();
    });
    expect(log).toEqual(['a', 'e', 'c']);
  });

  it('lets work cancel a sibling later in the same frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.schedule(() => {
        log.push('a');
        b.unsubscribe();
      });
      const b = s.schedule(() => log.push('b'));
      s.schedule(() => log.push('c'));
      flush();
    });
    expect(log).toEqual(['a', 'c']);
  });

  it('re-scheduling a queued action moves it instead of running it twice', () => {
    const log: number[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const action = s.schedule(() => log.push(s.now()), 5) as SchedulerAction<unknown>;
      action.schedule(undefined, 35);
      expect(s.pendingCount).toBe(1);
      flush();
    });
    expect(log).toEqual([40]);
  });
});
