import { interval, Observable, timer, type SchedulerAction } from 'rxjs';
import { FrameScheduler } from '../../lib/scheduler';
import { testFrameScheduler } from '../../lib/testing';
import { virtual } from './virtual';

describe('FrameScheduler error isolation', () => {
  it('a throwing action neither stops its siblings nor the frame; the error is reported once', () => {
    const log: string[] = [];
    const handled: unknown[] = [];
    const observed: unknown[] = [];
    const boom = new Error('boom');
    virtual(({ flush }) => {
      const s = testFrameScheduler({ onError: (e) => handled.push(e) });
      s.errors$.subscribe((e) => observed.push(e));
      s.schedule(() => log.push(`a@${s.now()}`));
      s.schedule(() => {
        throw boom;
      });
      s.schedule(() => log.push(`c@${s.now()}`));
      s.atEndOfFrame(() => log.push(`end@${s.now()}`));
      s.schedule(() => log.push(`later@${s.now()}`), 15);
      flush();
    });
    expect(log).toEqual(['a@10', 'c@10', 'end@10', 'later@20']);
    expect(handled).toEqual([boom]);
    expect(observed).toEqual([boom]);
  });

  it('stops only the re-schedules of the action that threw', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler({ onError: () => undefined });
      s.schedule(
        function (this: SchedulerAction<number>, n = 0) {
          log.push(`bad${n}`);
          this.schedule(n + 1);
          if (n === 1) throw new Error('stop');
        },
        0,
        0,
      );
      s.schedule(
        function (this: SchedulerAction<number>, n = 0) {
          log.push(`good${n}`);
          if (n < 3) this.schedule(n + 1);
        },
        0,
        0,
      );
      flush();
      expect(s.pendingCount).toBe(0);
    });
    expect(log).toEqual(['bad0', 'good0', 'bad1', 'good1', 'good2', 'good3']);
  });

  it('keeps the frames going when a throwing action has a finalizer that throws too', () => {
    const log: string[] = [];
    const observed: unknown[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.errors$.subscribe((e) => observed.push(e instanceof Error ? e.message : e));
      const bad = s.schedule(() => {
        throw new Error('work');
      });
      bad.add(() => {
        throw new Error('finalizer');
      });
      s.schedule(() => log.push(`sibling@${s.now()}`));
      s.schedule(() => log.push(`next frame@${s.now()}`), 15);
      flush();
      expect([s.inFrame, s.pendingCount, s.framesActive]).toEqual([false, 0, false]);
    });
    expect(log).toEqual(['sibling@10', 'next frame@20']);
    // the finalizer's UnsubscriptionError surfaces while the action is unsubscribed, before the work's error is reported
    expect(observed).toEqual([expect.stringContaining('finalizer'), 'work']);
  });

  it('keeps working when the onError handler itself throws', () => {
    const log: string[] = [];
    const observed: unknown[] = [];
    virtual(({ flush }) => {
      const s = new FrameScheduler({
        frames: interval(10),
        onError: () => {
          throw new Error('handler');
        },
      });
      s.errors$.subscribe((e) => observed.push((e as Error).message));
      s.schedule(() => {
        throw new Error('work');
      });
      s.schedule(() => log.push('after'));
      flush();
      expect(s.inFrame).toBe(false);
    });
    expect(log).toEqual(['after']);
    expect(observed).toEqual(['handler', 'work']);
  });

  it('reportError() reports like thrown work', () => {
    const observed: unknown[] = [];
    virtual(() => {
      const s = testFrameScheduler();
      s.errors$.subscribe((e) => observed.push(e));
      s.reportError('x');
    });
    expect(observed).toEqual(['x']);
  });

  it('reports an error of the frame source', () => {
    const observed: unknown[] = [];
    virtual(({ cold, flush }) => {
      const s = new FrameScheduler({
        frames: cold('--#', undefined, 'frames broke'),
        onError: (e) => observed.push(e),
      });
      s.schedule(() => undefined);
      flush();
      expect(s.framesActive).toBe(false);
    });
    expect(observed).toEqual(['frames broke']);
  });

  it('keeps one frame subscription when the error handler schedules while the frame source fails on subscribe', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      let subscriptions = 0;
      let live = 0;
      // fails synchronously the first time (say, no requestAnimationFrame yet), then works
      const frames = new Observable<number>((subscriber) => {
        if (subscriptions++ === 0) return subscriber.error(new Error('no frames yet'));
        live++;
        const inner = interval(10).subscribe(subscriber);
        return () => {
          live--;
          inner.unsubscribe();
        };
      });
      const s: FrameScheduler = new FrameScheduler({
        frames,
        onError: () => s.schedule(() => log.push(`after the error@${s.now()}`)),
      });
      s.schedule(() => log.push(`first@${s.now()}`));
      // the handler's schedule() ran inside the failing subscribe: a second subscription
      // made there must not outlive the scheduler's knowledge of it (it would never be released)
      expect([live, s.framesActive]).toEqual([0, false]);
      timer(5).subscribe(() => s.schedule(() => log.push(`next@${s.now()}`)));
      flush();
      expect([live, s.framesActive, s.pendingCount]).toEqual([0, false, 0]);
    });
    expect(log).toEqual(['first@15', 'after the error@15', 'next@15']);
  });
});
