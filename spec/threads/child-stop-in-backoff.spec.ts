import { createThread } from '../../lib/threads/create-thread';
import type { ThreadHandle } from '../../lib/threads/thread-handle';
import type { ThreadOutcome } from '../../lib/threads/thread-exit';
import { virtual } from './virtual';

/** A parent whose child crashes on enter and waits out a restart back-off when both are stopped at 25. */
function stopBoth(order: 'parent first' | 'child first') {
  let child!: ThreadHandle<unknown, unknown, unknown>;
  const outcomes: Record<string, ThreadOutcome> = {};
  const log = virtual(({ scheduler, note, at }) => {
    const crash = () => {
      note('enter');
      throw new Error('boom');
    };
    const parent = createThread(
      {
        name: 'parent',
        enter: (ctx) => {
          const policy = { type: 'restart', max: 2, backoff: { frames: 5 }, exhausted: 'isolate' } as const;
          child = ctx.spawn({ name: 'flaky', enter: crash }, { policy });
          child.exit$.subscribe((o) => (outcomes['child'] = o));
        },
        onChildExit: (o, from) => note(`${from.name} ${o.exit.type}`),
        exit: () => note('parent exit'),
      },
      { scheduler },
    ).start();
    parent.exit$.subscribe((o) => (outcomes['parent'] = o));
    at(25, () => {
      const stops = [() => void parent.stop(), () => void child.stop()];
      for (const stop of order === 'parent first' ? stops : stops.reverse()) stop();
    });
  });
  return { log, outcomes };
}

describe('a child stopped during its restart back-off, in the frame its parent stops', () => {
  for (const order of ['parent first', 'child first'] as const) {
    it(`ends aborted, adds no tear-down error, and no hook runs after the parent's exit (${order})`, () => {
      const { log, outcomes } = stopBoth(order);
      expect(log.at(-1)).toMatch(/^parent exit@/);
      expect(log.filter((entry) => entry.startsWith('flaky'))).toEqual([]);
      expect(outcomes['child']?.exit.type).toBe('aborted');
      expect(outcomes['parent']).toEqual({ exit: { type: 'aborted' }, teardownErrors: [] });
    });
  }
});
