import { NEVER, of, Subject } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { createRuntime, createThread, taskManagerLink, type ThreadSpec } from '../../lib';
import { marbleFrames } from '../../lib/testing';
import { pumpedRuntime } from '../support/pumped-runtime';

describe('thread rows and maxConcurrent', () => {
  it('rows of running threads start at once and leave every slot to work tasks', () => {
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ flush }) => {
      const runtime = createRuntime({ frames: marbleFrames(10), maxConcurrent: 1 });
      const parent: ThreadSpec = {
        name: 'parent',
        enter: (ctx) => void ctx.spawn({ name: 'child', enter: () => undefined }),
      };
      const thread = createThread(parent, { scheduler: runtime.scheduler, table: taskManagerLink(runtime.tasks) });
      thread.start();
      const busy = runtime.run(NEVER, { description: 'holds the one slot' });
      const waiting = runtime.run(of(1), { description: 'waits for it' });
      runtime.scheduler.schedule(() => {
        const rows = runtime.table$.value;
        // both thread rows run although the single slot is taken
        expect(rows.filter((r) => r.kind === 'thread').map((r) => r.status)).toEqual(['running', 'running']);
        expect(runtime.status(busy)).toBe('running');
        expect(runtime.status(waiting)).toBe('pending');
        runtime.cancel(busy);
      }, 50);
      runtime.scheduler.schedule(() => {
        expect(runtime.status(waiting)).toBe('completed');
        void thread.stop();
      }, 80);
      flush();
      expect(runtime.table$.value.filter((r) => r.kind === 'thread').map((r) => r.status)).toEqual([
        'cancelled',
        'cancelled',
      ]);
      expect(runtime.tasks.runningCount).toBe(0);
      runtime.dispose();
    });
  });

  it('a pending thread row given a new priority still starts (and frames go idle)', () => {
    const world = pumpedRuntime({ maxConcurrent: 1 });
    const id = world.runtime.run(new Subject<number>(), { kind: 'thread' });
    world.runtime.setPriority(id, 5);
    world.pump.advance(1);
    expect(world.runtime.status(id)).toBe('running');
    expect(world.rows().map((r) => `${r.status} p${r.priority}`)).toEqual(['running p5']);
    expect(world.pump.advance(3)).toBe(0);
  });
});
