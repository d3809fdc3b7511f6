import { parentPort, threadId } from 'node:worker_threads';
import { spinStamped } from './workers-spin.js';

// The floor: a raw worker_threads echo (a number) or spin (['cpu', ms]), no pool at all.
parentPort?.on('message', (m: unknown) =>
  parentPort?.postMessage(Array.isArray(m) ? spinStamped(m[1] as number, threadId) : m),
);
