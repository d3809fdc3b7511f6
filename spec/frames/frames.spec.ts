import { take } from 'rxjs';
import { InvalidArgumentError, ErrorCodes } from '../../lib/errors';
import { animationFrames, hostFrames, intervalFrames, type Frame } from '../../lib/frames';
import { FrameScheduler } from '../../lib/scheduler';
import { marbleFrames } from '../../lib/testing';
import { virtual } from '../scheduler/virtual';

const frame = (index: number, time: number, delta: number): Frame => ({ index, time, delta });

describe('intervalFrames', () => {
  it('emits index, time and delta at the target rate', () => {
    virtual(({ expectObservable }) => {
      expectObservable(intervalFrames(100).pipe(take(3))).toBe('10ms a 9ms b 9ms (c|)', {
        a: frame(0, 10, 0),
        b: frame(1, 20, 10),
        c: frame(2, 30, 10),
      });
    });
  });

  it('numbers frames from 0 again for each subscription', () => {
    virtual(({ expectObservable }) => {
      const frames = intervalFrames(50);
      expectObservable(frames.pipe(take(1))).toBe('20ms (a|)', { a: frame(0, 20, 0) });
      expectObservable(frames.pipe(take(2)), '10ms ^').toBe('30ms a 19ms (b|)', {
        a: frame(0, 30, 0),
        b: frame(1, 50, 20),
      });
    });
  });

  it('drives a frame scheduler in virtual time', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = new FrameScheduler({ frames: intervalFrames(50) });
      s.schedule(() => log.push(`a@${s.now()}#${s.frameIndex}`));
      s.schedule(() => log.push(`b@${s.now()}#${s.frameIndex}`), 30);
      flush();
      expect(s.framesActive).toBe(false);
    });
    expect(log).toEqual(['a@20#0', 'b@40#1']);
  });

  it.each([0, -60, Number.NaN, Number.POSITIVE_INFINITY, '60', undefined])(
    'rejects fps %p with InvalidArgumentError',
    (fps) => {
      let error: unknown;
      try {
        intervalFrames(fps as number);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).code).toBe(ErrorCodes.invalidArgument);
      expect((error as Error).message).toContain(
        `(got ${typeof fps === 'string' ? JSON.stringify(fps) : String(fps)})`,
      );
    },
  );
});

describe('animationFrames', () => {
  it('emits a frame per animation frame, driven by animate()', () => {
    virtual(({ animate, expectObservable }) => {
      animate('--x--x----x');
      expectObservable(animationFrames().pipe(take(3))).toBe('--a--b----(c|)', {
        a: frame(0, 2, 0),
        b: frame(1, 5, 3),
        c: frame(2, 10, 5),
      });
    });
  });

  it('drives a frame scheduler', () => {
    const log: string[] = [];
    virtual(({ animate, flush }) => {
      animate('---x---x---x---x');
      const s = new FrameScheduler({ frames: animationFrames() });
      s.schedule(() => log.push(`a@${s.now()}`));
      s.schedule(() => log.push(`b@${s.now()}`), 5);
      flush();
      expect(s.framesActive).toBe(false);
    });
    expect(log).toEqual(['a@3', 'b@7']);
  });
});

describe('hostFrames', () => {
  it('tick() emits only while subscribed and returns false when idle', () => {
    const host = hostFrames();
    const seen: number[] = [];
    expect(host.tick()).toBe(false);
    const sub = host.frames.subscribe((f) => seen.push(f.index));
    expect([host.tick(), host.tick()]).toEqual([true, true]);
    sub.unsubscribe();
    expect(host.tick()).toBe(false);
    expect(seen).toEqual([0, 1]);
  });

  it('drives a frame scheduler, which lets go of it when the work is done', () => {
    const host = hostFrames();
    const s = new FrameScheduler({ frames: host.frames });
    const log: string[] = [];
    s.schedule(() => {
      log.push('a');
      s.schedule(() => log.push('b'));
    });
    expect(log).toEqual([]);
    expect(host.tick()).toBe(true);
    expect(log).toEqual(['a']);
    expect(host.tick()).toBe(true);
    expect(log).toEqual(['a', 'b']);
    expect(host.tick()).toBe(false);
  });
});

describe('marbleFrames', () => {
  it('emits frames every everyMs of virtual time', () => {
    virtual(({ expectObservable }) => {
      expectObservable(marbleFrames(4).pipe(take(2))).toBe('4ms a 3ms (b|)', { a: frame(0, 4, 0), b: frame(1, 8, 4) });
    });
  });

  it('rejects a bad period', () => {
    expect(() => marbleFrames(0)).toThrow(/everyMs: .*\(got 0\)/);
  });
});
