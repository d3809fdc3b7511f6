import { finalize, NEVER, tap, timer } from 'rxjs';
import { hostFrames } from '../../lib/frames/host-frames';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { createThread } from '../../lib/threads/create-thread';
import type { ThreadSpec } from '../../lib/threads/thread-spec';
import type { ThreadOutcome } from '../../lib/threads/thread-exit';
import { virtual } from './virtual';

describe('createThread: lifecycle', () => {
  it('runs enter on the next frame, then stops with exit on the frame after stop()', async () => {
    let thread!: ReturnType<typeof createThread>;
    const log = virtual(({ scheduler, note, at }) => {
      thread = createThread(
        { name: 'solo', enter: () => note('enter'), exit: (_ctx, exit) => note(`exit ${exit.type}`) },
        { scheduler },
      );
      thread.status$.subscribe((s) => note(s));
      thread.start();
      at(35, () => void thread.stop());
    });
    expect(log).toEqual([
      'idle@0',
      'starting@0',
      'enter@10',
      'running@10',
      'stopping@35',
      'exit aborted@45',
      'stopped@45',
    ]);
    await expect(thread.join()).resolves.toEqual({ exit: { type: 'aborted' }, teardownErrors: [] });
  });

  it('stops children in reverse order of start, each before the parent exit, and join waits for all', async () => {
    let parent!: ReturnType<typeof createThread>;
    const child = (name: string): ThreadSpec => ({ name, exit: () => void logged.push(`exit ${name}`) });
    const logged: string[] = [];
    virtual(({ scheduler, at }) => {
      parent = createThread(
        {
          name: 'parent',
          enter: (ctx) => ['a', 'b', 'c'].forEach((n) => ctx.spawn(child(n))),
          exit: () => void logged.push('exit parent'),
        },
        { scheduler },
      ).start();
      at(50, () => void parent.stop());
    });
    expect(logged).toEqual(['exit c', 'exit b', 'exit a', 'exit parent']);
    expect((await parent.join()).exit.type).toBe('aborted');
  });

  it('waits for observable and promise exit hooks of children before the parent exit', async () => {
    const host = hostFrames();
    const scheduler = new FrameScheduler({ frames: host.frames });
    const logged: string[] = [];
    let release!: () => void;
    const parent = createThread(
      {
        name: 'p',
        enter: (ctx) => {
          ctx.spawn({
            name: 'promised',
            exit: () => new Promise<void>((r) => (release = r)).then(() => logged.push('promised')),
          });
          ctx.spawn({ name: 'observed', exit: () => timer(0, scheduler).pipe(tap(() => logged.push('observed'))) });
        },
        exit: () => void logged.push('parent'),
      },
      { scheduler },
    ).start();
    const pump = async (frames: number): Promise<void> => {
      for (let i = 0; i < frames; i++) {
        host.tick();
        await new Promise(setImmediate);
      }
    };
    await pump(2);
    const joined = parent.stop();
    await pump(3);
    expect(logged).toEqual(['observed']);
    expect(parent.status).toBe('stopping');
    release();
    await pump(3);
    expect(logged).toEqual(['observed', 'promised', 'parent']);
    expect((await joined).exit.type).toBe('aborted');
  });

  it('ends with a result when the body completes, with its last value', () => {
    let outcome: ThreadOutcome<number> | undefined;
    virtual(({ scheduler, cold }) => {
      const t = createThread<unknown, unknown, number>(
        { name: 'b', body: () => cold('-a-b|', { a: 1, b: 2 }) },
        { scheduler },
      );
      t.exit$.subscribe((o) => (outcome = o));
      t.start();
    });
    expect(outcome).toEqual({ exit: { type: 'result', value: 2 }, teardownErrors: [] });
  });

  it('stop() unsubscribes a running body, with or without a synchronous enter', () => {
    const log = virtual(({ scheduler, note, at }) => {
      for (const enter of [undefined, () => note('enter')]) {
        const body = () => NEVER.pipe(finalize(() => note('body unsubscribed')));
        const t = createThread({ name: 'b', enter, body }, { scheduler }).start();
        at(35, () => void t.stop());
      }
    });
    expect(log).toEqual(['enter@10', 'body unsubscribed@35', 'body unsubscribed@35']);
  });

  it('a plain TaskBody works as a thread body; ctx.exit ends with a result', () => {
    const outcomes: string[] = [];
    virtual(({ scheduler, note }) => {
      const t = createThread<unknown, unknown, string>(
        { name: 'x', enter: (ctx) => ctx.tasks.reCreate('once', () => ctx.exit('done')), exit: () => note('exit') },
        { scheduler },
      ).start();
      t.exit$.subscribe((o) => outcomes.push(JSON.stringify(o.exit)));
    });
    expect(outcomes).toEqual(['{"type":"result","value":"done"}']);
  });

  it('crashes when enter throws, still runs exit, and reports exit teardown errors separately', async () => {
    const boom = new Error('boom');
    const bad = new Error('bad exit');
    let t!: ReturnType<typeof createThread>;
    const log = virtual(({ scheduler, note }) => {
      t = createThread(
        {
          name: 'x',
          enter: () => {
            throw boom;
          },
          exit: () => {
            note('exit');
            throw bad;
          },
        },
        { scheduler },
      );
      t.status$.subscribe((s) => note(s));
      t.start();
    });
    expect(log).toEqual(['idle@0', 'starting@0', 'stopping@10', 'exit@10', 'failed@10']);
    await expect(t.join()).resolves.toEqual({ exit: { type: 'crashed', error: boom }, teardownErrors: [bad] });
  });
});
