import type { FrameStats } from '../../lib/scheduler';
import { simulatedClock, testFrameScheduler } from '../../lib/testing';
import { virtual } from './virtual';

describe('FrameScheduler budget: the end phase is inside the frame', () => {
  it('keeps back what the last end phase took, so budgeted work and the end phase together fit', () => {
    const busy: number[] = [];
    const ran: number[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      s.stats$.subscribe((f: FrameStats) => (busy.push(f.busyMs), ran.push(f.actionsRun)));
      // Like the task table: update work marks a snapshot due, which costs 1 ms at the end of the frame.
      let flushing = false;
      for (let i = 0; i < 30; i++) {
        s.schedule(() => {
          clock.work(1);
          if (flushing) return;
          flushing = true;
          s.atEndOfFrame(() => ((flushing = false), clock.work(1)));
        });
      }
      flush();
    });
    // The first frame cannot know its end phase: 8 ms of work + 1 ms snapshot. From then on
    // the meter keeps that 1 ms back: 7 actions + the snapshot. A meter that budgeted only
    // the update phase ran 8 + 1 = 9 ms in every frame.
    expect(busy).toEqual([9, 8, 8, 8, 2]);
    expect(ran).toEqual([9, 8, 8, 8, 2]);
  });

  it('keeps back at most a quarter of the budget, and only after a frame whose end phase took it', () => {
    const busy: number[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      s.stats$.subscribe((f: FrameStats) => busy.push(f.busyMs));
      for (let i = 0; i < 24; i++) s.schedule(() => clock.work(1));
      // one slow end phase (a GC pause in a snapshot) in the first frame only
      s.atEndOfFrame(() => clock.work(5));
      flush();
    });
    // 8 + 5; then 6 (8 - a quarter); then the full 8 again: the slow phase did not recur.
    expect(busy).toEqual([13, 6, 8, 2]);
  });
});
