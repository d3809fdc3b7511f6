import { Observable, timer, type SchedulerAction } from 'rxjs';
import { InvalidArgumentError } from '../../lib/errors';
import type { FrameScheduler } from '../../lib/scheduler';
import { simulatedClock, testFrameScheduler, type SimulatedClock } from '../../lib/testing';
import { virtual } from './virtual';

/** One 6 ms action in every frame until `frames` frames have run (the neighbour). */
function sixMsEachFrame(s: FrameScheduler, clock: SimulatedClock, frames: number): void {
  s.schedule(function (this: SchedulerAction<unknown>) {
    clock.work(6);
    if (s.frameIndex < frames - 1) this.schedule();
  });
}

describe('FrameScheduler deadlines', () => {
  // Frames every 10 ms of virtual time; each frame's 6 ms action pushes the clock on, so
  // frame k starts at clock 10k + 6(k - 1): 10, 26, 42, ...
  it('fires on the first frame at or after the deadline, ahead of work over budget (+26, not +42)', () => {
    const fired: Record<string, number> = {};
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 5, clock });
      sixMsEachFrame(s, clock, 5);
      s.deadline(() => (fired.deadline = s.now()), 20);
      s.schedule(() => (fired.budgeted = s.now()), 20);
      flush();
    });
    // The budgeted timer waits behind the 6 ms action that spent the frame at 26.
    expect(fired).toEqual({ deadline: 26, budgeted: 42 });
  });

  it('runs before the start phase and runs every due deadline even when one alone spends the budget', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 5, clock });
      s.atStartOfFrame(() => log.push(`start@${s.frameIndex}`));
      s.schedule(() => log.push(`update@${s.frameIndex}`));
      for (const name of ['d1', 'd2', 'd3']) {
        s.deadline(() => {
          log.push(`${name}@${s.frameIndex}`);
          clock.work(4);
        }, 0);
      }
      flush();
    });
    // The start and update actions still get their at-least-one action once deadlines ran.
    expect(log).toEqual(['d1@0', 'd2@0', 'd3@0', 'start@0', 'update@1']);
  });

  it('delivers on a frame, as a marble', () => {
    virtual(({ expectObservable }) => {
      const s = testFrameScheduler({ frameMs: 10 });
      const at$ = (ms: number) =>
        new Observable<number>((subscriber) =>
          s.deadline(() => {
            subscriber.next(ms);
            subscriber.complete();
          }, ms),
        );
      expectObservable(at$(15)).toBe('20ms (a|)', { a: 15 });
      expectObservable(at$(0)).toBe('10ms (a|)', { a: 0 });
      expectObservable(at$(30)).toBe('30ms (a|)', { a: 30 });
    });
  });

  it('passes its state and can re-arm itself; a self re-arm with no delay waits for the next frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.deadline(
        function (this: SchedulerAction<number>, n = 0) {
          log.push(`${n}@${s.now()}`);
          if (n < 2) this.schedule(n + 1, n === 0 ? 0 : 25);
        },
        5,
        0,
      );
      flush();
    });
    expect(log).toEqual(['0@10', '1@20', '2@50']);
  });

  it('holds frames only while pending: unsubscribing cancels it and releases the frames', () => {
    const log: number[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const cancelled = s.deadline(() => log.push(-1), 100);
      s.deadline(() => log.push(s.now()), 20);
      expect(s.pendingCount).toBe(2);
      timer(35).subscribe(() => {
        cancelled.unsubscribe();
        expect(s.pendingCount).toBe(0);
        expect(s.framesActive).toBe(false);
      });
      timer(25).subscribe(() => {
        expect(s.pendingCount).toBe(1);
        expect(s.framesActive).toBe(true);
      });
      flush();
      expect(s.frameIndex).toBe(2);
    });
    expect(log).toEqual([20]);
  });

  it('reports an error thrown by deadline work and goes on with the frame', () => {
    const log: string[] = [];
    const errors: unknown[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler({ onError: (e) => errors.push(e) });
      s.deadline(() => {
        throw new Error('boom');
      }, 0);
      s.deadline(() => log.push('after'), 0);
      s.schedule(() => log.push('update'));
      flush();
    });
    expect(log).toEqual(['after', 'update']);
    expect(errors).toEqual([new Error('boom')]);
  });

  it.each([
    ['NaN', Number.NaN, /^delayMs: expected .*\(got NaN\)$/],
    ['negative', -1, /^delayMs: expected a number >= 0 \(got -1\)$/],
    ['Infinity', Infinity, /^delayMs: expected .*\(got Infinity\)$/],
    ['a string', '5', /^delayMs: expected a number of milliseconds \(got "5"\)$/],
  ])('rejects a delay that is %s, quoting it', (_, delay, message) => {
    const s = testFrameScheduler();
    expect(() => s.deadline(() => undefined, delay as number)).toThrow(InvalidArgumentError);
    expect(() => s.deadline(() => undefined, delay as number)).toThrow(message);
    expect(s.pendingCount).toBe(0);
  });

  it('rejects work that is not a function', () => {
    const s = testFrameScheduler();
    expect(() => s.deadline(42 as never, 5)).toThrow('work: expected a function (got 42)');
  });
});
