import { defineWorker, type WorkerContext } from '../lib/workers/worker-side/index.js';
import { spinMs } from './workers-spin.js';

defineWorker({
  noop: (n: number) => n,
  cpu: (ms: number) => spinMs(ms),
  flood(n: number, ctx: WorkerContext) {
    for (let i = 0; i < n; i++) ctx.progress(i);
    return n;
  },
});
