import { Subscription, timer } from 'rxjs';
import { every, later } from '../../lib/timing';
import { testFrameScheduler } from '../../lib/testing';
import { virtual } from '../scheduler/virtual';

class SceneNode {
  disposedCount = 0;
  dispose(): void {
    this.disposedCount++;
  }
}

describe('owner-bound calls', () => {
  it('drops the call when a Subscription owner ends first', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const owner = new Subscription();
      const handle = later(s, () => log.push('dropped'), { frames: 3, owner });
      later(s, () => log.push('kept'), { frames: 3, owner: new Subscription() });
      timer(15).subscribe(() => owner.unsubscribe());
      flush();
      expect(handle.closed).toBe(true);
    });
    expect(log).toEqual(['kept']);
  });

  it('schedules nothing for an owner that has already ended', () => {
    virtual(() => {
      const s = testFrameScheduler();
      const closed = new Subscription();
      closed.unsubscribe();
      expect(later(s, () => undefined, { owner: closed }).closed).toBe(true);
      expect(later(s, () => undefined, { owner: AbortSignal.abort() }).closed).toBe(true);
      expect(every(s, () => undefined, { owner: { dispose: () => undefined, disposed: true } }).closed).toBe(true);
      expect([s.pendingCount, s.framesActive]).toEqual([0, false]);
    });
  });

  it('drops the call when an AbortSignal owner aborts first, and unhooks otherwise', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const controller = new AbortController();
      const removed = jest.spyOn(controller.signal, 'removeEventListener');
      later(s, () => log.push('ran'), { frames: 1, owner: controller.signal });
      later(s, () => log.push('dropped'), { frames: 3, owner: controller.signal });
      timer(15).subscribe(() => controller.abort());
      flush();
      expect(removed).toHaveBeenCalledTimes(2);
    });
    expect(log).toEqual(['ran']);
  });

  it('drops the call when a disposable owner is disposed first, by dispose() or Symbol.dispose', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const node = new SceneNode();
      const resource = { [Symbol.dispose]: () => log.push('resource disposed') };
      later(s, () => log.push('node call'), { frames: 2, owner: node });
      later(s, () => log.push('resource call'), { ms: 30, owner: resource });
      later(s, () => log.push('other call'), { frames: 2, owner: new SceneNode() });
      timer(5).subscribe(() => {
        node.dispose();
        resource[Symbol.dispose]();
      });
      flush();
      expect(node.disposedCount).toBe(1);
    });
    expect(log).toEqual(['resource disposed', 'other call']);
  });

  it('drops the call when the owner only flags itself disposed (checked before running)', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const owner = Object.freeze({ disposed: false, dispose: () => undefined });
      const flagged = { disposed: false, dispose: () => undefined };
      later(s, () => log.push('flagged'), { frames: 2, owner: flagged });
      later(s, () => log.push('frozen'), { frames: 2, owner });
      timer(5).subscribe(() => (flagged.disposed = true));
      flush();
    });
    expect(log).toEqual(['frozen']);
  });

  it('treats a disposable with add()/remove() (a scene group) as a disposable, not as a Subscription', () => {
    // an RxJS Subscription also has unsubscribe() and closed; a scene group that only has
    // add/remove/dispose must be watched for dispose(), never handed the handle as a child
    const log: string[] = [];
    const children: unknown[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const group = {
        add: (child: unknown) => children.push(child),
        remove: () => undefined,
        dispose: () => undefined,
      };
      later(s, () => log.push('dropped'), { frames: 2, owner: group });
      timer(5).subscribe(() => group.dispose());
      flush();
    });
    expect(children).toEqual([]);
    expect(log).toEqual([]);
  });

  it('stops a repeat when its owner ends', () => {
    const log: number[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const controller = new AbortController();
      every(s, () => log.push(s.now()), { owner: controller.signal });
      timer(35).subscribe(() => controller.abort());
      flush();
      expect([s.pendingCount, s.framesActive]).toEqual([0, false]);
    });
    expect(log).toEqual([10, 20, 30]);
  });
});
