import { timer } from 'rxjs';
import { DisposedError } from '../../lib/errors';
import { testFrameScheduler } from '../../lib/testing';
import { virtual } from './virtual';

describe('FrameScheduler phases', () => {
  it('runs start, then update, then end work in each frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.atEndOfFrame(() => log.push(`end@${s.now()}`));
      s.schedule(() => log.push(`update@${s.now()}`));
      s.atStartOfFrame(() => log.push(`start@${s.now()}`));
      flush();
    });
    expect(log).toEqual(['start@10', 'update@10', 'end@10']);
  });

  it('atEndOfFrame inside update runs at the end of the same frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.schedule(() => {
        log.push(`update@${s.now()}`);
        s.atEndOfFrame(() => log.push(`end@${s.now()}`));
      });
      s.schedule(() => log.push(`update2@${s.now()}`));
      flush();
    });
    expect(log).toEqual(['update@10', 'update2@10', 'end@10']);
  });

  it('atEndOfFrame outside a frame runs at the end of the next frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      timer(13).subscribe(() => s.atEndOfFrame(() => log.push(`end@${s.now()}#${s.frameIndex}`)));
      flush();
    });
    expect(log).toEqual(['end@23#0']); // frames start when work arrives at 13
  });

  it('atEndOfFrame from an end callback runs in the next frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.atEndOfFrame(() => {
        log.push(`end1@${s.now()}`);
        s.atEndOfFrame(() => log.push(`end2@${s.now()}`));
      });
      flush();
    });
    expect(log).toEqual(['end1@10', 'end2@20']);
  });

  it('atStartOfFrame from update work runs at the start of the next frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.schedule(() => {
        log.push(`update@${s.now()}`);
        s.atStartOfFrame(() => log.push(`start@${s.now()}`));
        s.schedule(() => log.push(`update2@${s.now()}`));
      });
      flush();
    });
    expect(log).toEqual(['update@10', 'start@20', 'update2@20']);
  });

  it('phase callbacks can be cancelled', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.atStartOfFrame(() => log.push('start')).unsubscribe();
      s.atEndOfFrame(() => log.push('end')).unsubscribe();
      s.atEndOfFrame(() => log.push('end2'));
      expect(s.pendingCount).toBe(1);
      flush();
    });
    expect(log).toEqual(['end2']);
  });
});

describe('FrameScheduler dispose', () => {
  it('cancels queued work, releases frames, completes its streams and refuses new work', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const done: string[] = [];
      s.stats$.subscribe({ complete: () => done.push('stats') });
      s.errors$.subscribe({ complete: () => done.push('errors') });
      s.schedule(() => log.push('a'));
      const b = s.schedule(() => log.push('b'), 30);
      s.dispose();
      b.unsubscribe();
      expect([s.pendingCount, s.framesActive]).toEqual([0, false]);
      expect(done).toEqual(['stats', 'errors']);
      expect(() => s.schedule(() => log.push('c'))).toThrow(DisposedError);
      expect(() => s.atEndOfFrame(() => log.push('d'))).toThrow(DisposedError);
      flush();
    });
    expect(log).toEqual([]);
  });

  it('stops the running frame when work disposes the scheduler', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.schedule(() => {
        log.push('a');
        s.dispose();
      });
      s.schedule(() => log.push('b'));
      s.atEndOfFrame(() => log.push('end'));
      flush();
      expect([s.pendingCount, s.framesActive]).toEqual([0, false]);
    });
    expect(log).toEqual(['a']);
  });
});
