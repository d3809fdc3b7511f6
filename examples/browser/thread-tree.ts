import { createThread, taskManagerLink, type Runtime, type ThreadSpec } from '../../lib/index.js';

const sensor = (name: string, everyMs: number): ThreadSpec => ({
  name,
  enter: (ctx) => {
    let reads = 0;
    ctx.tasks.reCreate('read', () => ctx.up({ sensor: name, reads: ++reads }), { ms: everyMs });
  },
});

const master: ThreadSpec<never, never, number, { reads: number }> = {
  name: 'master',
  enter: (ctx) => {
    ctx.spawn(sensor('sensor-a', 200));
    ctx.spawn(sensor('sensor-b', 300));
  },
  onUp: (msg, _from, ctx) => ctx.progress(msg),
};

/**
 * Starts a small task-thread tree (a master thread with two sensor threads) whose rows
 * the panel shows as a tree. Cancelling the master's row (or "Cancel active") stops it.
 *
 * @example
 * ```ts
 * startThreadTree(runtime);
 * ```
 */
export function startThreadTree(runtime: Runtime): void {
  createThread(master, { scheduler: runtime.scheduler, table: taskManagerLink(runtime.tasks) }).start();
}
