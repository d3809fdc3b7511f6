import { interval } from 'rxjs';
import { ErrorCodes, InvalidArgumentError, ThreadStateError } from '../../lib/errors';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { createThread } from '../../lib/threads/create-thread';
import type { ThreadContext } from '../../lib/threads/thread-context';
import { virtual } from './virtual';

const stateError = expect.objectContaining({ code: ErrorCodes.threadState });
const argError = (quoted: string) =>
  expect.objectContaining({ code: ErrorCodes.invalidArgument, message: expect.stringContaining(quoted) });

describe('threads: bad input', () => {
  it('rejects a bad spec or options with InvalidArgumentError quoting the value', () => {
    const scheduler = new FrameScheduler({ frames: interval(10) });
    expect(() => createThread({ name: '' }, { scheduler })).toThrow(argError('""'));
    expect(() => createThread({ name: 'x', enter: 42 as never }, { scheduler })).toThrow(argError('42'));
    expect(() => createThread({ name: 'x' }, { scheduler: {} as never })).toThrow(InvalidArgumentError);
    scheduler.dispose();
  });

  it('start twice throws; stop twice returns the same promise; stopping an idle thread runs no hook', async () => {
    const hooks: string[] = [];
    const idle = createThread(
      { name: 'idle', enter: () => void hooks.push('enter'), exit: () => void hooks.push('exit') },
      {
        scheduler: new FrameScheduler({ frames: interval(10) }),
      },
    );
    const first = idle.stop();
    expect(idle.stop()).toBe(first);
    expect(await first).toEqual({ exit: { type: 'aborted' }, teardownErrors: [] });
    expect(idle.status).toBe('stopped');
    expect(hooks).toEqual([]);
    expect(() => idle.start()).toThrow(stateError);

    virtual(({ scheduler, at }) => {
      const t = createThread({ name: 't' }, { scheduler }).start();
      expect(() => t.start()).toThrow(stateError);
      at(20, () => {
        const a = t.stop();
        expect(t.stop()).toBe(a);
      });
    });
  });

  it('send, spawn, up and task creation on a stopping or stopped thread throw ThreadStateError', () => {
    let ctx!: ThreadContext;
    const errors: unknown[] = [];
    const attempt = (fn: () => void) => {
      try {
        fn();
      } catch (e) {
        errors.push(e);
      }
    };
    virtual(({ scheduler, at }) => {
      const t = createThread<string>({ name: 't', enter: (c) => void (ctx = c) }, { scheduler }).start();
      at(20, () => {
        void t.stop();
        attempt(() => t.send('while stopping'));
        attempt(() => ctx.spawn({ name: 'late' }));
        attempt(() => ctx.tasks.reCreate('late', () => undefined));
      });
      at(50, () => {
        attempt(() => t.send('after'));
        attempt(() => ctx.up('after'));
        attempt(() => ctx.spawn({ name: 'later' }));
      });
    });
    expect(errors).toHaveLength(6);
    errors.forEach((e) => expect(e).toBeInstanceOf(ThreadStateError));
    expect(String((errors[0] as Error).message)).toContain('stopping');
  });

  it('bad restart limits, intervals and task names throw InvalidArgumentError and leave the thread running', () => {
    let status = '';
    const thrown: unknown[] = [];
    virtual(({ scheduler, at }) => {
      let ctx!: ThreadContext;
      const t = createThread({ name: 't', enter: (c) => void (ctx = c) }, { scheduler }).start();
      at(20, () => {
        const tries = [
          () => ctx.spawn({ name: 'c' }, { policy: { type: 'restart', max: -1 } }),
          () => ctx.spawn({ name: 'c' }, { policy: 'retry' as never }),
          () => ctx.tasks.reCreate('x', () => undefined, { frames: 0 }),
          () => ctx.tasks.reCreate('x', () => undefined, { ms: -5 }),
          () => ctx.tasks.reCreate('', () => undefined),
          () => ctx.tasks.reSchedule('missing', { ms: 10 }),
        ];
        for (const fn of tries) {
          try {
            fn();
          } catch (e) {
            thrown.push(e);
          }
        }
        expect(ctx.tasks.delete('missing')).toBe(false);
        expect(ctx.children()).toEqual([]);
        status = t.status;
        void t.stop();
      });
    });
    expect(thrown).toHaveLength(6);
    expect(thrown[0]).toEqual(argError('-1'));
    expect(thrown[1]).toEqual(argError('"retry"'));
    expect(thrown[2]).toEqual(argError('0'));
    expect(thrown[3]).toEqual(argError('-5'));
    expect(thrown[5]).toEqual(argError('"missing"'));
    expect(status).toBe('running');
  });
});
