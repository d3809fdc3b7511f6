import { map, merge, timer, type Subscription } from 'rxjs';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { every } from '../../lib/timing';
import { testFrameScheduler } from '../../lib/testing';
import { virtual } from '../scheduler/virtual';

describe('every', () => {
  it('runs every frame by default until the handle is unsubscribed', () => {
    const log: number[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const handle = every(s, () => log.push(s.now()));
      timer(35).subscribe(() => handle.unsubscribe());
      flush();
      expect([s.pendingCount, s.framesActive]).toEqual([0, false]);
    });
    expect(log).toEqual([10, 20, 30]);
  });

  it('runs every N frames', () => {
    const log: number[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const handle = every(s, () => log.push(s.frameIndex), { frames: 3 });
      timer(95).subscribe(() => handle.unsubscribe());
      flush();
    });
    expect(log).toEqual([2, 5, 8]);
  });

  it('runs every N ms on the first frame at or after each due time, without drift', () => {
    const log: number[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const handle = every(s, () => log.push(s.now()), { ms: 25 });
      timer(105).subscribe(() => handle.unsubscribe());
      flush();
    });
    expect(log).toEqual([30, 50, 80, 100]);
  });

  it('skips periods missed entirely instead of replaying them in a burst', () => {
    const log: number[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler({ frameMs: 35 });
      const handle = every(s, () => log.push(s.now()), { ms: 10 });
      timer(110).subscribe(() => handle.unsubscribe());
      flush();
    });
    expect(log).toEqual([35, 70, 105]);
  });

  it('after a missed period it comes back onto the grid, not onto the late frame', () => {
    const log: number[] = [];
    virtual(({ flush }) => {
      // frames every 10 ms, then none from 30 to 104 (a long stall), then 110, 120, 126, 130…
      const times = [10, 20, 30, 104, 110, 120, 126, 130, 140, 150];
      const s = new FrameScheduler({ frames: merge(...times.map((t) => timer(t).pipe(map(() => t)))) });
      const handle = every(s, () => log.push(s.now()), { ms: 25 });
      timer(145).subscribe(() => handle.unsubscribe());
      flush();
    });
    // due 25 → 30; 50 and 75 missed → 104; then 125 (the grid), not 104 + 25
    expect(log).toEqual([30, 104, 126]);
  });

  it('stops when the callback unsubscribes its own handle', () => {
    let calls = 0;
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const handle: Subscription = every(s, () => {
        if (++calls === 2) handle.unsubscribe();
      });
      flush();
      expect(s.pendingCount).toBe(0);
    });
    expect(calls).toBe(2);
  });

  it('reports a throwing call on errors$ and keeps repeating it and the others', () => {
    const errors: string[] = [];
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.errors$.subscribe((e) => errors.push(`${(e as Error).message}@${s.now()}`));
      const bad = every(s, () => {
        log.push(`bad@${s.now()}`);
        throw new Error('bad');
      });
      const good = every(s, () => log.push(`good@${s.now()}`), { frames: 2 });
      timer(45).subscribe(() => (bad.unsubscribe(), good.unsubscribe()));
      flush();
    });
    expect(errors).toEqual(['bad@10', 'bad@20', 'bad@30', 'bad@40']);
    expect(log).toEqual(['bad@10', 'bad@20', 'good@20', 'bad@30', 'bad@40', 'good@40']);
  });
});
