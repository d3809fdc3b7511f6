import type { FrameScheduler, FrameStats } from '../../lib/scheduler';
import { sliced } from '../../lib/tasks/sliced';
import { simulatedClock, testFrameScheduler, type SimulatedClock } from '../../lib/testing';
import { virtual } from '../scheduler/virtual';

/** A generator of `count` steps of `stepMs` simulated ms, logging the frame of each step. */
function* stepsOf(clock: SimulatedClock, frameOf: () => number, log: number[], count: number, stepMs: number) {
  for (let i = 0; i < count; i++) {
    clock.work(stepMs);
    log.push(frameOf());
    yield i;
  }
}

/** Busy ms of each frame of an 8 ms-budget scheduler on a simulated clock, after `setup` queued its work. */
function busyFrames(setup: (clock: SimulatedClock, s: FrameScheduler) => void): number[] {
  const busy: number[] = [];
  virtual(({ flush }) => {
    const clock = simulatedClock();
    const s = testFrameScheduler({ budgetMs: 8, clock });
    s.stats$.subscribe((f: FrameStats) => busy.push(f.busyMs));
    setup(clock, s);
    flush();
  });
  return busy;
}

describe('sliced: the budget is checked before each step', () => {
  it('takes no step in a spent frame, nor one that the last step says will not fit', () => {
    const steps: number[] = [];
    const busy = busyFrames((clock, s) => {
      // Started at the end of a 9 ms action (as a task starts inside the engine's action).
      s.schedule(() => {
        clock.work(9);
        sliced(
          stepsOf(clock, () => s.frameIndex, steps, 10, 1.5),
          s,
        ).subscribe();
      });
    });
    // Five 1.5 ms steps fit in 8 ms; a sixth would end at 9. The generator's end (a step
    // that turns out to cost nothing) is found in a frame of its own.
    expect(steps).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    expect(busy).toEqual([9, 7.5, 7.5, 0]);
  });

  it('still takes one step per frame when a step is longer than the whole budget', () => {
    const steps: number[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      sliced(
        stepsOf(clock, () => s.frameIndex, steps, 3, 12),
        s,
      ).subscribe();
      flush();
    });
    expect(steps).toEqual([0, 1, 2]);
  });

  it('does not start an action with a step the last one says will not fit, but waits one frame at most', () => {
    const steps: number[] = [];
    const busy = busyFrames((clock, s) => {
      sliced(
        stepsOf(clock, () => s.frameIndex, steps, 8, 1.5),
        s,
      ).subscribe();
      // In frames 1-4, 70 cheap start-of-frame actions (0.1 ms each) come first: the meter
      // predicts the stepper's action costs what they did and lets it in with 1 ms left.
      for (let i = 0; i < 70; i++) {
        const again = (): void => {
          if (s.frameIndex > 0) clock.work(0.1);
          if (s.frameIndex < 4) s.atStartOfFrame(again);
        };
        s.atStartOfFrame(again);
      }
    });
    // Frame 0: five steps. Frame 1: the stepper knows a step costs 1.5 ms and 1 ms is left,
    // so it waits (7 ms); frame 2 it has waited once, so it takes its step (8.5, budget + one
    // step); frame 3 waits again; then the cheap work is over. A stepper that always took
    // an action's first step ran 8.5 ms in frames 1-4.
    expect(steps).toEqual([0, 0, 0, 0, 0, 2, 4, 5]);
    expect(busy.map((b) => Math.round(b * 10) / 10)).toEqual([7.5, 7, 8.5, 7, 8.5, 1.5]);
  });
});
