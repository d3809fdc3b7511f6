import { TaskManager } from '../../lib/tasks/task-manager';
import type { TaskRow } from '../../lib/tasks/task-row';
import { createThread } from '../../lib/threads/create-thread';
import { taskManagerLink } from '../../lib/threads/task-manager-link';
import type { ThreadOutcome } from '../../lib/threads/thread-exit';
import { virtual } from './virtual';

const shape = (rows: readonly TaskRow[]) => {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return rows.map((r) => ({
    description: r.description,
    kind: r.kind,
    status: r.status,
    parent: r.parentId === undefined ? undefined : byId.get(r.parentId)?.description,
  }));
};

describe('taskManagerLink: threads in the task table', () => {
  it('shows threads and their rescheduling tasks as kind "thread" rows with parent ids', () => {
    let running: ReturnType<typeof shape> = [];
    let final: ReturnType<typeof shape> = [];
    virtual(({ scheduler, at }) => {
      const tasks = new TaskManager({ scheduler });
      const master = createThread(
        {
          name: 'master',
          enter: (ctx) => {
            const server = ctx.spawn({ name: 'server', enter: (c) => void c.spawn({ name: 'connection' }) });
            ctx.tasks.reCreate('tick', () => undefined, { frames: 1 });
            return void server;
          },
        },
        { scheduler, table: taskManagerLink(tasks) },
      ).start();
      at(45, () => (running = shape(tasks.table$.value)));
      at(55, () => void master.stop());
      at(95, () => (final = shape(tasks.table$.value)));
    });
    expect(running).toEqual([
      { description: 'master', kind: 'thread', status: 'running', parent: undefined },
      { description: 'server', kind: 'thread', status: 'running', parent: 'master' },
      { description: 'connection', kind: 'thread', status: 'running', parent: 'server' },
      { description: 'master/tick', kind: 'thread', status: 'running', parent: 'master' },
    ]);
    expect(final.map((r) => `${r.description}:${r.status}`)).toEqual([
      'master:cancelled',
      'server:cancelled',
      'connection:cancelled',
      'master/tick:completed',
    ]);
  });

  it('cancelling a thread row in the table stops the thread; a crash fails its row', () => {
    const outcomes: string[] = [];
    let rows: readonly TaskRow[] = [];
    virtual(({ scheduler, at }) => {
      const tasks = new TaskManager({ scheduler });
      const link = taskManagerLink(tasks);
      let names: () => string[] = () => [];
      const calm = createThread(
        {
          name: 'calm',
          enter: (ctx) => {
            ctx.tasks.reCreate('idle', () => undefined, { ms: 100 });
            names = () => ctx.tasks.names();
          },
        },
        { scheduler, table: link },
      ).start();
      at(25, () => tasks.cancel(tasks.table$.value.find((r) => r.description === 'calm/idle')!.id));
      at(28, () => outcomes.push(`tasks: ${names().join()}`));
      const crashy = createThread(
        { name: 'crashy', enter: (ctx) => ctx.tasks.reCreate('boom', () => ctx.fail(new Error('boom'))) },
        { scheduler, table: link },
      ).start();
      const note = (o: ThreadOutcome) => outcomes.push(o.exit.type);
      calm.exit$.subscribe(note);
      crashy.exit$.subscribe(note);
      at(35, () => tasks.cancel(tasks.table$.value.find((r) => r.description === 'calm')!.id));
      at(80, () => (rows = tasks.table$.value));
    });
    expect(outcomes).toEqual(['crashed', 'tasks: ', 'aborted']);
    const byName = new Map(rows.map((r) => [r.description, r]));
    expect(byName.get('calm')?.status).toBe('cancelled');
    expect(byName.get('crashy')?.status).toBe('failed');
    expect(byName.get('crashy')?.error?.code).toBe('ERR_FRAMETASKS_THREAD_FAILED');
  });
});
