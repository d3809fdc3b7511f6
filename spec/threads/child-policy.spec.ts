import { ThreadFailedError } from '../../lib/errors';
import { createThread } from '../../lib/threads/create-thread';
import type { ThreadHandle } from '../../lib/threads/thread-handle';
import type { ThreadOutcome } from '../../lib/threads/thread-exit';
import type { ChildPolicy } from '../../lib/threads/child-policy';
import type { ThreadSpec } from '../../lib/threads/thread-spec';
import { virtual, type Virtual } from './virtual';

const boom = new Error('boom');

/** A parent with a ticking sibling and a child whose first task run throws. */
function family(v: Virtual, policy: ChildPolicy) {
  const outcomes: Record<string, ThreadOutcome> = {};
  const ticker: ThreadSpec = { name: 'sibling', enter: (c) => c.tasks.reCreate('tick', () => v.note('sib')) };
  const bad: ThreadSpec = {
    name: 'bad',
    enter: (c) =>
      c.tasks.reCreate('fail', () => {
        throw boom;
      }),
  };
  const parent = createThread(
    {
      name: 'parent',
      enter: (ctx) => {
        ctx.spawn(ticker).exit$.subscribe((o) => (outcomes['sibling'] = o));
        ctx.spawn(bad, { policy });
      },
      onChildExit: (o, from) => v.note(`${from.name} ${o.exit.type}`),
      exit: () => v.note('parent exit'),
    },
    { scheduler: v.scheduler },
  ).start();
  parent.exit$.subscribe((o) => (outcomes['parent'] = o));
  return { parent, outcomes };
}

describe('child failure policies', () => {
  it('escalate: the parent crashes with ThreadFailedError(cause) and stops the siblings', () => {
    let result!: ReturnType<typeof family>;
    const log = virtual((v) => (result = family(v, 'escalate')));
    expect(log).toEqual(['sib@20', 'sib@30', 'parent exit@30']);
    const exit = result.outcomes['parent']?.exit;
    expect(exit?.type).toBe('crashed');
    const error = exit?.type === 'crashed' ? exit.error : undefined;
    expect(error).toBeInstanceOf(ThreadFailedError);
    expect((error as Error).cause).toBe(boom);
    expect(result.outcomes['sibling']?.exit.type).toBe('aborted');
  });

  it('isolate: the failure is reported UP and the siblings go on', () => {
    let result!: ReturnType<typeof family>;
    const log = virtual((v) => {
      result = family(v, 'isolate');
      v.at(55, () => void result.parent.stop());
    });
    // the sibling's tick queued at 50 runs before the stop's tear-down in frame 60
    expect(log).toEqual(['sib@20', 'sib@30', 'bad crashed@30', 'sib@40', 'sib@50', 'sib@60', 'parent exit@60']);
    expect(result.outcomes['parent']?.exit.type).toBe('aborted');
  });

  it('restart: up to max restarts after a back-off in frames, then the exhausted policy', () => {
    const statuses: string[] = [];
    const log = virtual(({ scheduler, note, at }) => {
      const parent = createThread(
        {
          name: 'parent',
          enter: (ctx) => {
            const child = ctx.spawn(
              {
                name: 'flaky',
                enter: () => {
                  note('enter');
                  throw boom;
                },
              },
              { policy: { type: 'restart', max: 2, backoff: { frames: 3 }, exhausted: 'isolate' } },
            );
            child.status$.subscribe((s) => statuses.push(s));
          },
          onChildExit: (o, from) => note(`${from.name} ${o.exit.type}`),
        },
        { scheduler },
      ).start();
      at(150, () => void parent.stop());
    });
    expect(log).toEqual(['enter@10', 'enter@50', 'enter@90', 'flaky crashed@100']);
    // the first instance already crashed inside spawn(): the handle shows 'stopping' first
    expect(statuses).toEqual(['stopping', 'starting', 'stopping', 'starting', 'stopping', 'failed']);
  });

  it('restart: back-off in ms, and escalation once exhausted', () => {
    let outcome: ThreadOutcome | undefined;
    const log = virtual(({ scheduler, note }) => {
      const parent = createThread(
        {
          name: 'parent',
          enter: (ctx) =>
            void ctx.spawn(
              {
                name: 'flaky',
                enter: () => {
                  note('enter');
                  throw boom;
                },
              },
              { policy: { type: 'restart', max: 2, backoff: { ms: 35 } } },
            ),
        },
        { scheduler },
      ).start();
      parent.exit$.subscribe((o) => (outcome = o));
      parent.status$.subscribe((s) => s === 'failed' && note('parent failed'));
    });
    expect(log).toEqual(['enter@10', 'enter@60', 'enter@110', 'parent failed@120']);
    expect(outcome?.exit.type).toBe('crashed');
  });

  it('restart: the handle stays the same, IN messages sent during the back-off reach the new instance', () => {
    let firstId = '';
    let child!: ThreadHandle<string>;
    const log = virtual(({ scheduler, note, at }) => {
      const parent = createThread(
        {
          name: 'parent',
          enter: (ctx) => {
            child = ctx.spawn<string, never, unknown>(
              {
                name: 'worker',
                onIn: (m) => {
                  if (m === 'boom') throw boom;
                  note(`got ${m}`);
                },
              },
              { policy: { type: 'restart', max: 1 } },
            );
            firstId = child.id;
          },
        },
        { scheduler },
      ).start();
      at(25, () => child.send('boom'));
      at(45, () => child.send('b'));
      at(80, () => {
        expect(child.id).not.toBe(firstId);
        void parent.stop();
      });
    });
    // frames pause while idle: the send at 25 restarts them (35, 45, ...)
    expect(log).toEqual(['got b@65']);
  });
});
