import { spinMs } from './workers-spin.js';

/** Piscina task: echo. @example `pool.run(1, { name: 'noop' })` */
export function noop(n: number): number {
  return n;
}

/** Piscina task: spin `ms`. @example `pool.run(5, { name: 'cpu' })` */
export function cpu(ms: number): number {
  return spinMs(ms);
}
