import { createThread, taskManagerLink, later, type Runtime, type ThreadSpec } from '../../lib/index.js';

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

/** Starts a small task-thread tree (master with two sensor threads) and stops it later. */
export function startThreadJobs(runtime: Runtime, stopAfterMs: number): void {
  const thread = createThread(master, { scheduler: runtime.scheduler, table: taskManagerLink(runtime.tasks) });
  thread.start();
  later(runtime.scheduler, () => void thread.stop(), { ms: stopAfterMs });
}
