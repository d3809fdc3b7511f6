import { NEVER, type SchedulerAction } from 'rxjs';
import { createRuntime } from '../../lib/runtime/create-runtime';
import { marbleFrames, simulatedClock } from '../../lib/testing';
import { virtual } from '../scheduler/virtual';

describe('task timeouts are deadlines, not work', () => {
  // Frames every 10 ms of virtual time; each frame's 6 ms neighbour pushes the clock on, so
  // frame k starts at 10k + 6(k - 1): 10, 26, 42, … The task starts on the frame at 10.
  it('a timeout under a 5 ms budget, next to a 6 ms action each frame, fires on the first frame at or after it is due', () => {
    let timedOutAt = -1;
    let startedAt = -1;
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const runtime = createRuntime({ frames: marbleFrames(10), clock, budgetMs: 5 });
      const s = runtime.scheduler;
      runtime.run(NEVER, { timeout: 16 }); // first in line: starts on the frame at 10, due at 26
      s.schedule(function (this: SchedulerAction<unknown>) {
        clock.work(6);
        if (s.frameIndex < 5) this.schedule();
      });
      runtime.events$.subscribe((e) => {
        if (e.type === 'started') startedAt = e.time;
        if (e.type === 'timedOut') timedOutAt = e.time;
      });
      flush();
    });
    expect(startedAt).toBe(10);
    // The frame at 26 is the first at or after 26. As budgeted work the timeout waited behind
    // the neighbour (due earlier, at 16) that spends that frame's budget, until the frame at 42.
    expect(timedOutAt).toBe(26);
  });
});
