import { threadId } from 'node:worker_threads';
import workerpool from 'workerpool';
import { spinStamped } from './workers-spin.js';

workerpool.worker({ noop: (n: number) => n, cpu: (ms: number) => spinStamped(ms, threadId) });
