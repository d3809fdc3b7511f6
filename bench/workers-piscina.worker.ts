import { threadId } from 'node:worker_threads';
import { spinStamped, type Stamp } from './workers-spin.js';

/** Piscina task: echo. @example `pool.run(1, { name: 'noop' })` */
export function noop(n: number): number {
  return n;
}

/** Piscina task: spin `ms`. @example `pool.run(5, { name: 'cpu' })` */
export function cpu(ms: number): Stamp {
  return spinStamped(ms, threadId);
}
