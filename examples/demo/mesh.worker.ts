// Worker module for the demo: runs in a worker thread, never on the main thread.
import { defineWorker, type WorkerContext } from '../../lib/workers/worker-side/index.js';
import { spin } from './spin.js';

export default defineWorker({
  /** CPU-heavy: `steps` × 20 ms, reporting progress after each step. */
  build(steps: number, ctx: WorkerContext): string {
    for (let i = 1; i <= steps; i++) {
      spin(20);
      ctx.progress(i / steps);
    }
    return `mesh of ${steps} parts`;
  },
  /** Long-lived: a watcher that reports a heartbeat until cancelled. */
  watch(ctx: WorkerContext): Promise<never> {
    let beats = 0;
    return new Promise((_resolve, reject) => {
      const timer = setInterval(() => ctx.progress({ beats: ++beats }), 150);
      ctx.signal.addEventListener('abort', () => {
        clearInterval(timer);
        reject(ctx.signal.reason);
      });
    });
  },
});
