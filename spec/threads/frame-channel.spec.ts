import { timer } from 'rxjs';
import { createThread } from '../../lib/threads/create-thread';
import type { ThreadHandle } from '../../lib/threads/thread-handle';
import { virtual } from './virtual';

describe('channels: IN and UP on frames', () => {
  it('delivers IN and UP in order, one hop per frame, parent to child and back', () => {
    const ups: string[] = [];
    const log = virtual(({ scheduler, note, at }) => {
      let child!: ThreadHandle<number, number>;
      const root = createThread<number, number, unknown, number>(
        {
          name: 'root',
          enter: (ctx) => {
            ctx.tasks.reCreate('keep-frames', () => undefined);
            child = ctx.spawn<number, number, unknown>({
              name: 'child',
              onIn: (m, c) => (note(`child ${m}`), c.up(m * 10)),
            });
          },
          onIn: (m) => (note(`in ${m}`), child.send(m)),
          onUp: (m, _from, ctx) => (note(`up ${m}`), ctx.up(m)),
        },
        { scheduler },
      ).start();
      root.up$.subscribe({ next: (m) => ups.push(`${m}@${scheduler.now()}`), complete: () => ups.push('|') });
      at(25, () => (root.send(1), root.send(2)));
      at(35, () => root.send(3));
      at(75, () => void root.stop());
    });
    const at = (prefix: string): string[] => log.filter((l) => l.startsWith(prefix));
    expect(at('in')).toEqual(['in 1@30', 'in 2@30', 'in 3@40']);
    expect(at('child')).toEqual(['child 1@40', 'child 2@40', 'child 3@50']);
    expect(at('up')).toEqual(['up 10@50', 'up 20@50', 'up 30@60']);
    expect(ups).toEqual(['10@60', '20@60', '30@70', '|']);
  });

  it('delivers a whole batch with one scheduled action per frame', () => {
    const stats: number[] = [];
    const received: number[] = [];
    virtual(({ scheduler, at }) => {
      const root = createThread<number>({ name: 'sink', onIn: (m) => void received.push(m) }, { scheduler }).start();
      at(25, () => {
        scheduler.stats$.subscribe((s) => stats.push(s.actionsRun));
        for (let i = 0; i < 50; i++) root.send(i);
      });
      at(100, () => void root.stop());
    });
    expect(received).toEqual([...Array(50).keys()]);
    expect(stats[0]).toBe(1);
  });

  it('holds later messages while an async handler runs, keeping order', () => {
    const log = virtual(({ scheduler, note, at }) => {
      const root = createThread<string>(
        {
          name: 'slow',
          onIn: (m) => {
            note(`start ${m}`);
            return m === 'a' ? timer(25, scheduler) : undefined;
          },
        },
        { scheduler },
      ).start();
      at(15, () => ['a', 'b', 'c'].forEach((m) => root.send(m)));
      at(100, () => void root.stop());
    });
    // the timer is due at 50 (frame 55); the queue resumes on the next frame
    expect(log).toEqual(['start a@25', 'start b@65', 'start c@65']);
  });

  it('holds UP messages while the parent is still starting', () => {
    const log = virtual(({ scheduler, note, at }) => {
      const root = createThread(
        {
          name: 'p',
          enter: (ctx) => {
            ctx.spawn({ name: 'eager', enter: (c) => c.up('hello') });
            return timer(30, scheduler);
          },
          onUp: (m) => note(`up ${String(m)}`),
        },
        { scheduler },
      ).start();
      at(100, () => void root.stop());
    });
    expect(log).toEqual(['up hello@50']);
  });
});
