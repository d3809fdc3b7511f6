import type { FrameStats } from '../../lib/scheduler';
import { sliced } from '../../lib/tasks/sliced';
import { simulatedClock, testFrameScheduler } from '../../lib/testing';
import { virtual } from '../scheduler/virtual';

describe('sliced: the budget is checked before each step', () => {
  it('takes no step in a frame whose budget is already spent, and stays within budget + one step', () => {
    const steps: number[] = [];
    const busy: number[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      s.stats$.subscribe((f: FrameStats) => busy.push(f.busyMs));
      function* work(): Generator<number> {
        for (let i = 0; i < 10; i++) {
          clock.work(1.5);
          steps.push(s.frameIndex);
          yield i;
        }
      }
      // Started at the end of a 9 ms action (as a task starts inside the engine's action).
      s.schedule(() => {
        clock.work(9);
        sliced(work(), s).subscribe();
      });
      flush();
    });
    expect(steps).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(busy).toEqual([9, 9, 6]);
  });
});
