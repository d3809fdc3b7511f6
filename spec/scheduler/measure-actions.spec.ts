import type { FrameStats } from '../../lib/scheduler';
import { simulatedClock, testFrameScheduler } from '../../lib/testing';
import { virtual } from './virtual';

type Measured = Pick<
  FrameStats,
  'busyMs' | 'actionsRun' | 'workMs' | 'ownMs' | 'longestActionMs' | 'lateStarts' | 'lateMs'
>;
const measured = (s: FrameStats): Measured => ({
  busyMs: s.busyMs,
  actionsRun: s.actionsRun,
  workMs: s.workMs,
  ownMs: s.ownMs,
  longestActionMs: s.longestActionMs,
  lateStarts: s.lateStarts,
  lateMs: s.lateMs,
});

describe('FrameScheduler measureActions', () => {
  it('is off by default: stats carry no per-action figures', () => {
    const stats: FrameStats[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.stats$.subscribe((f) => stats.push(f));
      s.schedule(() => undefined);
      flush();
      expect(s.measureActions).toBe(false);
    });
    expect(stats).toHaveLength(1);
    expect(stats[0]).not.toHaveProperty('workMs');
    expect(stats[0]).not.toHaveProperty('ownMs');
  });

  it('splits busy time into the actions and the scheduler, with the longest action', () => {
    const stats: Measured[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      s.measureActions = true;
      s.stats$.subscribe((f) => stats.push(measured(f)));
      s.deadline(() => clock.work(1), 0);
      s.schedule(() => clock.work(2));
      s.schedule(() => clock.work(4));
      s.atEndOfFrame(() => clock.work(3));
      flush();
    });
    // The simulated clock moves only inside actions, so the scheduler's own time is 0.
    expect(stats).toEqual([
      { busyMs: 10, actionsRun: 4, workMs: 10, ownMs: 0, longestActionMs: 4, lateStarts: 0, lateMs: 0 },
    ]);
  });

  it('counts the budgeted actions it started after the budget was spent', () => {
    const stats: Measured[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      s.measureActions = true;
      s.stats$.subscribe((f) => stats.push(measured(f)));
      // 63 actions that cost nothing grow the unchecked batch to 64 (reads after the 1st,
      // 3rd, 7th, ... 63rd); 3 ms actions then run unchecked until the batch ends: they
      // start at 0, 3, 6, 9 (late), 12 (late), ... 27 (late).
      for (let i = 0; i < 63; i++) s.schedule(() => undefined);
      for (let i = 0; i < 10; i++) s.schedule(() => clock.work(3));
      flush();
    });
    expect(stats[0]).toEqual({
      busyMs: 30,
      actionsRun: 73,
      workMs: 30,
      ownMs: 0,
      longestActionMs: 3,
      lateStarts: 7,
      lateMs: 21,
    });
  });

  it('starts at most 0.1 ms of work after the budget when a pause lands inside an unchecked batch', () => {
    const stats: FrameStats[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      s.measureActions = true;
      s.stats$.subscribe((f) => stats.push(f));
      // 50 µs actions; the 100th is preempted for 4 ms, 4.95 ms into the frame. A batch sized
      // from the time left alone (48 actions, 2.4 ms, at that point) would then start 11
      // actions after the deadline.
      for (let i = 0; i < 300; i++) s.schedule(() => clock.work(i === 99 ? 4.05 : 0.05));
      flush();
    });
    expect(stats.length).toBeGreaterThan(1);
    for (const f of stats) expect(f.lateMs).toBeLessThanOrEqual(0.1);
    // The paused action ends at 4.95 + 4.05 = 9 ms; the frame ends at most 0.1 ms later.
    expect(stats[0]!.busyMs).toBeLessThanOrEqual(9 + 0.1 + 1e-9);
  });
});
