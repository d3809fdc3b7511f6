import { timer } from 'rxjs';
import { later } from '../../lib/timing';
import { testFrameScheduler } from '../../lib/testing';
import { virtual } from '../scheduler/virtual';

describe('later', () => {
  it('runs in the next frame by default and closes its handle', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const handle = later(s, () => log.push(`ran@${s.now()} closed=${handle.closed}`));
      expect(handle.closed).toBe(false);
      flush();
      expect(handle.closed).toBe(true);
    });
    expect(log).toEqual(['ran@10 closed=true']);
  });

  it('runs after N frames, counted from the running frame or the last one', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      later(s, () => log.push(`outside#${s.frameIndex}`), { frames: 3 });
      s.schedule(() => later(s, () => log.push(`inside#${s.frameIndex}`), { frames: 1 }));
      flush();
    });
    expect(log).toEqual(['inside#1', 'outside#2']);
  });

  it('runs after N ms, on the first frame at or after it', () => {
    const log: number[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      later(s, () => log.push(s.now()), { ms: 25 });
      later(s, () => log.push(s.now()), { ms: 0 });
      flush();
    });
    expect(log).toEqual([10, 30]);
  });

  it('runs at the end of the current frame, or of the next one from outside a frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      later(s, () => log.push(`outside-end@${s.now()}`), { endOfFrame: true });
      s.schedule(() => {
        later(s, () => log.push(`inside-end@${s.now()}`), { endOfFrame: true });
        log.push(`update@${s.now()}`);
      });
      s.schedule(() => log.push(`update2@${s.now()}`));
      flush();
    });
    expect(log).toEqual(['update@10', 'update2@10', 'outside-end@10', 'inside-end@10']);
  });

  it('combines frames or ms with endOfFrame: the end phase of that frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      later(s, () => log.push(`frames-end#${s.frameIndex}`), { frames: 2, endOfFrame: true });
      later(s, () => log.push(`ms-end@${s.now()}`), { ms: 15, endOfFrame: true });
      s.schedule(() => log.push(`update#${s.frameIndex}`), 11);
      flush();
    });
    expect(log).toEqual(['update#1', 'frames-end#1', 'ms-end@20']);
  });

  it('is cancelled by unsubscribing its handle, in any stage', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      later(s, () => log.push('a')).unsubscribe();
      const waiting = later(s, () => log.push('b'), { frames: 3 });
      const atEnd = later(s, () => log.push('c'), { frames: 2, endOfFrame: true });
      s.schedule(() => {
        waiting.unsubscribe();
        atEnd.unsubscribe();
      }, 15);
      flush();
      expect(s.pendingCount).toBe(0);
    });
    expect(log).toEqual([]);
  });

  it('reports an error thrown by fn on errors$ once, and other calls still run', () => {
    const errors: unknown[] = [];
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.errors$.subscribe((e) => errors.push(e));
      later(s, () => {
        throw new Error('oops');
      });
      later(s, () => log.push('next'));
      later(s, () => log.push('later'), { frames: 2 });
      flush();
    });
    expect(errors).toEqual([new Error('oops')]);
    expect(log).toEqual(['next', 'later']);
  });

  it('drops nothing already scheduled when a call is rejected', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      later(s, () => log.push('kept'), { frames: 2 });
      expect(() => later(s, () => log.push('bad'), { frames: -1 })).toThrow();
      timer(5).subscribe(() => expect(s.pendingCount).toBe(1));
      flush();
    });
    expect(log).toEqual(['kept']);
  });
});
