import { ThreadFailedError } from '../errors.js';
import { openTableRow, type OpenRow, type TaskSubmitter } from './open-table-row.js';
import type { ThreadRow, ThreadTableLink } from './thread-table-link.js';

/**
 * Links a thread tree to a TaskManager's table: every thread instance and every
 * rescheduling task becomes a row of kind `thread` whose `parentId` is its parent
 * thread's row, so the table shows the tree. A thread that ends with a result is
 * `completed`, a crashed one `failed` (ThreadFailedError with the cause), a stopped one
 * `cancelled`; cancelling a thread's row in the table stops the thread.
 *
 * @example
 * ```ts
 * const tasks = new TaskManager({ scheduler });
 * createThread(masterSpec, { scheduler, table: taskManagerLink(tasks) }).start();
 * tasks.table$.subscribe((rows) => console.log(formatTable(rows)));
 * ```
 */
export function taskManagerLink(tasks: TaskSubmitter): ThreadTableLink {
  return {
    attach: ({ name, parentRowId, stop }): ThreadRow => {
      const row = openTableRow(tasks, { description: name, kind: 'thread', parentId: parentRowId }, () => void stop());
      const taskRows = new Map<string, OpenRow>();
      return {
        rowId: row.id,
        progress: (value) => row.progress(value),
        end: ({ exit }) => {
          if (exit.type === 'result') row.complete(exit.value);
          // a child thread is stopped by its parent (directly or by the parent stopping)
          else if (exit.type === 'aborted') row.cancel(parentRowId === undefined ? 'explicit' : 'parent');
          else row.fail(new ThreadFailedError(`thread "${name}" crashed`, { cause: exit.error }));
        },
        tasks: {
          created: (task, cancel) => {
            const meta = { task };
            const options = { description: `${name}/${task}`, kind: 'thread', parentId: row.id, meta } as const;
            taskRows.set(task, openTableRow(tasks, options, cancel));
          },
          ended: (task, error) => {
            const taskRow = taskRows.get(task);
            taskRows.delete(task);
            if (error === undefined) taskRow?.complete();
            else taskRow?.fail(error);
          },
        },
      };
    },
  };
}
