import { threadId } from 'node:worker_threads';
import { defineWorker, type WorkerContext } from '../lib/workers/worker-side/index.js';
import { spinStamped } from './workers-spin.js';

defineWorker({
  noop: (n: number) => n,
  cpu: (ms: number) => spinStamped(ms, threadId),
  flood(n: number, ctx: WorkerContext) {
    for (let i = 0; i < n; i++) ctx.progress(i);
    return n;
  },
});
