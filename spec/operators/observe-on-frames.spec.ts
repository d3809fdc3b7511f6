import { Subject, from, observeOn, range, tap } from 'rxjs';
import { DisposedError, InvalidArgumentError } from '../../lib/errors';
import { delayFrames, observeOnFrames } from '../../lib/operators';
import type { FrameScheduler, FrameStats } from '../../lib/scheduler';
import { simulatedClock, testFrameScheduler } from '../../lib/testing';
import { virtual } from '../scheduler/virtual';

describe('observeOnFrames', () => {
  it('hands a burst over in the next frame, in order, then completes', () => {
    virtual(({ cold, expectObservable }) => {
      const s = testFrameScheduler();
      expectObservable(cold('(abc|)').pipe(observeOnFrames(s))).toBe('10ms (abc|)');
      expectObservable(cold('a 14ms b|').pipe(observeOnFrames(s))).toBe('10ms a 14ms (b|)');
    });
  });

  it('uses one action per frame for a burst, where observeOn uses one per value', () => {
    const run = (operator: (s: FrameScheduler) => ReturnType<typeof observeOnFrames<number>>) => {
      const stats: FrameStats[] = [];
      let received = 0;
      virtual(({ flush }) => {
        const s = testFrameScheduler({ budgetMs: 1_000 });
        s.stats$.subscribe((f) => stats.push(f));
        range(0, 1_000)
          .pipe(operator(s))
          .subscribe(() => received++);
        flush();
      });
      return { received, frames: stats.length, actions: stats[0]?.actionsRun };
    };
    expect(run((s) => observeOnFrames(s))).toEqual({ received: 1_000, frames: 1, actions: 1 });
    expect(run((s) => observeOn(s))).toEqual({ received: 1_000, frames: 1, actions: 1_001 });
  });

  it('continues next frame once the budget is spent, keeping order', () => {
    virtual(({ cold, expectObservable }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      const slowConsumer = tap(() => clock.work(3));
      expectObservable(cold('(abcdefg|)').pipe(observeOnFrames(s), slowConsumer)).toBe(
        '10ms (ab) 6ms (cd) 6ms (ef) 6ms (g|)',
      );
    });
  });

  it('shares the frame budget with other work on the scheduler', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      from(['a', 'b', 'c', 'd'])
        .pipe(observeOnFrames(s))
        .subscribe((v) => {
          clock.work(3);
          log.push(`${v}#${s.frameIndex}`);
        });
      s.schedule(() => log.push(`other#${s.frameIndex}`));
      flush();
    });
    expect(log).toEqual(['a#0', 'b#0', 'other#1', 'c#1', 'd#1']);
  });

  it('passes an error on after the values before it', () => {
    virtual(({ cold, expectObservable }) => {
      const s = testFrameScheduler();
      expectObservable(cold('ab#').pipe(observeOnFrames(s))).toBe('10ms (ab#)');
    });
  });

  it('stops on unsubscribe, dropping buffered values and its action', () => {
    virtual(({ cold, expectObservable, expectSubscriptions, flush }) => {
      const s = testFrameScheduler();
      const source = cold('a 14ms b|');
      expectObservable(source.pipe(observeOnFrames(s)), '^ 12ms !').toBe('10ms a');
      expectSubscriptions(source.subscriptions).toBe('^ 12ms !');
      const late = cold('5ms (xyz)');
      expectObservable(late.pipe(observeOnFrames(s)), '^ 7ms !').toBe('');
      flush();
      expect([s.pendingCount, s.framesActive]).toEqual([0, false]);
    });
  });

  it('delivers values that arrive during a delivery in the next frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const input = new Subject<number>();
      input.pipe(observeOnFrames(s)).subscribe((n) => {
        log.push(`${n}#${s.frameIndex}`);
        if (n < 3) input.next(n + 1);
      });
      input.next(0);
      flush();
    });
    expect(log).toEqual(['0#0', '1#1', '2#2', '3#3']);
  });

  it('rejects something that is not a FrameScheduler', () => {
    expect(() => observeOnFrames({} as FrameScheduler)).toThrow(InvalidArgumentError);
    expect(() => observeOnFrames({} as FrameScheduler)).toThrow(/scheduler: expected a FrameScheduler \(got \{\}\)/);
  });
});

describe('frame operators on a disposed scheduler', () => {
  it('error their subscriber with DisposedError instead of throwing into the producer', () => {
    for (const operator of [
      (s: FrameScheduler) => observeOnFrames<number>(s),
      (s: FrameScheduler) => delayFrames<number>(1, s),
    ]) {
      virtual(({ flush }) => {
        const s = testFrameScheduler();
        const source = new Subject<number>();
        const seen: unknown[] = [];
        source.pipe(operator(s)).subscribe({ next: (v) => seen.push(v), error: (e: unknown) => seen.push(e) });
        source.next(1);
        flush();
        s.dispose();
        expect(() => source.next(2)).not.toThrow();
        expect(seen).toEqual([1, expect.any(DisposedError)]);
        expect(source.observed).toBe(false); // the error ended the subscription upstream too
      });
    }
  });
});
