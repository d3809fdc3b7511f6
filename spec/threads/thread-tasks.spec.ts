import { timer } from 'rxjs';
import { createThread } from '../../lib/threads/create-thread';
import type { ThreadContext } from '../../lib/threads/thread-context';
import { virtual } from './virtual';

describe('rescheduling tasks', () => {
  it('runs every N frames after each completion until the thread stops', () => {
    const log = virtual(({ scheduler, note, at }) => {
      const t = createThread(
        { name: 't', enter: (ctx) => ctx.tasks.reCreate('tick', ({ run }) => note(`tick ${run}`), { frames: 2 }) },
        { scheduler },
      ).start();
      at(65, () => void t.stop());
    });
    expect(log).toEqual(['tick 1@20', 'tick 2@40', 'tick 3@60']);
  });

  it('runs every N ms on the frame clock (at the first frame at or after due)', () => {
    const log = virtual(({ scheduler, note, at }) => {
      const t = createThread(
        { name: 't', enter: (ctx) => ctx.tasks.reCreate('poll', () => note('poll'), { ms: 25 }) },
        { scheduler },
      ).start();
      at(85, () => void t.stop());
    });
    expect(log).toEqual(['poll@20', 'poll@50', 'poll@80']);
  });

  it('waits for async work before rescheduling', () => {
    const log = virtual(({ scheduler, note, at }) => {
      const t = createThread(
        {
          name: 't',
          enter: (ctx) => ctx.tasks.reCreate('slow', () => (note('run'), timer(15, scheduler)), { frames: 1 }),
        },
        { scheduler },
      ).start();
      at(75, () => void t.stop());
    });
    expect(log).toEqual(['run@20', 'run@50']);
  });

  it('reCreate replaces a running task (old one aborted), reSchedule changes the interval, delete stops it', () => {
    let ctx!: ThreadContext;
    const aborted: string[] = [];
    const log = virtual(({ scheduler, note, at }) => {
      const t = createThread(
        {
          name: 't',
          enter: (c) => {
            ctx = c;
            c.tasks.reCreate('job', ({ signal }) => {
              note('old');
              signal.addEventListener('abort', () => aborted.push('old'));
            });
          },
        },
        { scheduler },
      ).start();
      at(25, () => ctx.tasks.reCreate('job', () => note('new'), { frames: 1 }));
      at(48, () => ctx.tasks.reSchedule('job', { frames: 3 }));
      at(110, () => expect(ctx.tasks.delete('job')).toBe(true));
      at(150, () => {
        expect(ctx.tasks.names()).toEqual([]);
        void t.stop();
      });
    });
    expect(aborted).toEqual(['old']);
    // replacing or re-timing the only pending work pauses frames; they restart at 25 and 48
    expect(log).toEqual(['old@20', 'new@35', 'new@45', 'new@78', 'new@108']);
  });

  it('a task that throws crashes its thread and stops the other tasks', async () => {
    const err = new Error('task broke');
    let t!: ReturnType<typeof createThread>;
    const log = virtual(({ scheduler, note }) => {
      t = createThread(
        {
          name: 't',
          enter: (ctx) => {
            ctx.tasks.reCreate('ok', () => note('ok'));
            ctx.tasks.reCreate('bad', ({ run }) => {
              if (run === 2) throw err;
            });
          },
        },
        { scheduler },
      ).start();
    });
    expect(log).toEqual(['ok@20', 'ok@30']);
    expect(await t.join()).toEqual({ exit: { type: 'crashed', error: err }, teardownErrors: [] });
  });
});
