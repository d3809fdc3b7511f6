import type { FrameStats } from '../../lib/scheduler';
import { simulatedClock, testFrameScheduler } from '../../lib/testing';
import { virtual } from './virtual';

type Figures = Pick<FrameStats, 'index' | 'busyMs' | 'actionsRun' | 'actionsDeferred' | 'overrunMs'>;
const figures = ({ index, busyMs, actionsRun, actionsDeferred, overrunMs }: FrameStats): Figures => ({
  index,
  busyMs,
  actionsRun,
  actionsDeferred,
  overrunMs,
});

describe('FrameScheduler budget', () => {
  it('stops before an action that the last ones say will not fit, and runs the rest next frame, in order', () => {
    const log: string[] = [];
    const stats: Figures[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      s.stats$.subscribe((f) => stats.push(figures(f)));
      for (let i = 0; i < 7; i++) {
        s.schedule(() => {
          log.push(`${i}#${s.frameIndex}`);
          clock.work(3);
        });
      }
      flush();
    });
    // After two 3 ms actions 2 ms are left: a third would end at 9 ms, so it waits.
    expect(log).toEqual(['0#0', '1#0', '2#1', '3#1', '4#2', '5#2', '6#3']);
    expect(stats).toEqual([
      { index: 0, busyMs: 6, actionsRun: 2, actionsDeferred: 5, overrunMs: 0 },
      { index: 1, busyMs: 6, actionsRun: 2, actionsDeferred: 3, overrunMs: 0 },
      { index: 2, busyMs: 6, actionsRun: 2, actionsDeferred: 1, overrunMs: 0 },
      { index: 3, busyMs: 3, actionsRun: 1, actionsDeferred: 0, overrunMs: 0 },
    ]);
  });

  it('reads the clock after an action that asked budgetLeftMs(), and does not start another like it that cannot fit', () => {
    const ran: string[] = [];
    const busy: number[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      s.stats$.subscribe((f) => busy.push(f.busyMs));
      // Eight free actions grow the unchecked batch to 8 (reads after the 1st, 3rd and 7th).
      for (let i = 0; i < 8; i++) s.schedule(() => undefined);
      // Work that sizes itself to the budget, 5 ms each: after the first 3 ms are left. The
      // mean since the last read (a free action and this one: 2.5 ms) would let the second in.
      for (const name of ['a', 'b']) {
        s.schedule(() => {
          if (s.budgetLeftMs() > 0) clock.work(5);
          ran.push(`${name}#${s.frameIndex}`);
        });
      }
      flush();
    });
    expect(ran).toEqual(['a#0', 'b#1']);
    expect(busy).toEqual([5, 5]);
  });

  it('runs at least one action per frame however long it takes', () => {
    const stats: Figures[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      s.stats$.subscribe((f) => stats.push(figures(f)));
      s.schedule(() => clock.work(20));
      s.schedule(() => clock.work(20));
      flush();
    });
    expect(stats).toEqual([
      { index: 0, busyMs: 20, actionsRun: 1, actionsDeferred: 1, overrunMs: 12 },
      { index: 1, busyMs: 20, actionsRun: 1, actionsDeferred: 0, overrunMs: 12 },
    ]);
  });

  it('ends tiny actions within one action before the budget while reading the clock rarely', () => {
    const stats: FrameStats[] = [];
    let reads = 0;
    let ran = 0;
    virtual(({ flush }) => {
      const sim = simulatedClock();
      const clock = { now: () => (reads++, sim.now()) };
      const s = testFrameScheduler({ budgetMs: 2, clock });
      s.stats$.subscribe((f) => stats.push(f));
      for (let i = 0; i < 2_000; i++) s.schedule(() => (ran++, sim.work(0.01)));
      reads = 0;
      flush();
    });
    expect(ran).toBe(2_000);
    expect(stats.length).toBeGreaterThanOrEqual(10);
    for (const f of stats.slice(0, -1)) {
      expect(f.busyMs).toBeGreaterThan(2 - 0.01 - 1e-9);
      expect(f.busyMs).toBeLessThanOrEqual(2 + 1e-9);
    }
    expect(reads).toBeLessThan(ran / 4);
  });

  it('reports the deferred count and frame deltas on stats$', () => {
    const stats: FrameStats[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler({ budgetMs: 5 });
      s.stats$.subscribe((f) => stats.push(f));
      s.schedule(() => undefined);
      s.schedule(() => undefined, 25);
      flush();
    });
    expect(
      stats.map(({ index, time, delta, actionsRun, budgetMs }) => ({ index, time, delta, actionsRun, budgetMs })),
    ).toEqual([
      { index: 0, time: 10, delta: 0, actionsRun: 1, budgetMs: 5 },
      { index: 1, time: 20, delta: 10, actionsRun: 0, budgetMs: 5 },
      { index: 2, time: 30, delta: 10, actionsRun: 1, budgetMs: 5 },
    ]);
  });

  it('counts shouldYield() items against the same budget', () => {
    const perFrame: number[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      let left = 10;
      expect(s.shouldYield()).toBe(false);
      s.schedule(function () {
        let n = 0;
        do {
          clock.work(2);
          n++;
          left--;
        } while (left > 0 && !s.shouldYield());
        perFrame.push(n);
        if (left > 0) this.schedule();
      });
      flush();
    });
    expect(perFrame).toEqual([4, 4, 2]);
  });
});

describe('FrameScheduler budgetLeftMs', () => {
  it("is what is left of the running frame's budget, 0 once spent, Infinity outside", () => {
    const seen: number[] = [];
    const ran: string[] = [];
    virtual(({ flush }) => {
      const clock = simulatedClock();
      const s = testFrameScheduler({ budgetMs: 8, clock });
      expect(s.budgetLeftMs()).toBe(Infinity);
      s.schedule(() => {
        clock.work(3);
        seen.push(s.budgetLeftMs());
        clock.work(6);
        seen.push(s.budgetLeftMs());
      });
      s.schedule(() => ran.push(`b@${s.frameIndex}`));
      flush();
    });
    expect(seen).toEqual([5, 0]);
    expect(ran).toEqual(['b@1']);
  });
});
