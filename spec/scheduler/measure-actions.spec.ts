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
      // Cheap actions grow the unchecked batch (1, 2, 4, 8, 16); costly ones then run
      // unchecked until the batch ends: 3 ms actions start at 2, 5, 8 (late), 11 (late), ...
      for (let i = 0; i < 20; i++) s.schedule(() => clock.work(0.1));
      for (let i = 0; i < 10; i++) s.schedule(() => clock.work(3));
      flush();
    });
    expect(stats[0]).toMatchObject({ actionsRun: 30, longestActionMs: 3, lateStarts: 8, lateMs: 24 });
    expect(stats[0]!.busyMs).toBeCloseTo(32, 9);
  });
});
