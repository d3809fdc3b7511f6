import { later, type Runtime } from '../../lib/index.js';

const mesh = new URL('./mesh.worker.js', import.meta.url);

/** Pool worker tasks with live progress, and a standalone watcher cancelled later. */
export function submitWorkerJobs(runtime: Runtime): void {
  for (const steps of [30, 45, 60]) {
    runtime.workers.run({ module: mesh, fn: 'build' }, [steps], {
      description: `worker: build mesh (${steps} parts)`,
      onSuccess: (result) => void result,
    });
  }
  const watcher = runtime.workers.run({ module: mesh, fn: 'watch' }, [], {
    description: 'standalone worker: watcher',
    standalone: true,
  });
  later(runtime.scheduler, () => runtime.cancel(watcher), { ms: 1_500 });
}
