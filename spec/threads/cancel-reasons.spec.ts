import { TaskManager } from '../../lib/tasks/task-manager';
import type { TaskRow } from '../../lib/tasks/task-row';
import { createThread } from '../../lib/threads/create-thread';
import { taskManagerLink } from '../../lib/threads/task-manager-link';
import { virtual } from './virtual';

describe('thread rows: cancel reasons', () => {
  it('a stopped thread’s row says explicit; the children it stops say parent', () => {
    let final: readonly TaskRow[] = [];
    virtual(({ scheduler, at }) => {
      const tasks = new TaskManager({ scheduler });
      const master = createThread(
        {
          name: 'master',
          enter: (ctx) => void ctx.spawn({ name: 'server', enter: (c) => void c.spawn({ name: 'conn' }) }),
        },
        { scheduler, table: taskManagerLink(tasks) },
      ).start();
      at(55, () => void master.stop());
      at(95, () => (final = tasks.table$.value));
    });
    expect(final.map((r) => `${r.description}:${r.status}:${r.cancelReason}`)).toEqual([
      'master:cancelled:explicit',
      'server:cancelled:parent',
      'conn:cancelled:parent',
    ]);
  });
});
