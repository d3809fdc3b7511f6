import { asyncScheduler } from '../../rx.js';
import type { WorkerJob } from './worker-job.js';
import type { PoolSlot } from './worker-set.js';
import { claimUnlessMovedOn } from '../started-call-cell.js';

/**
 * Hands an inbound message (exec's `inbox`) to a job: sent to its worker if it is there,
 * and kept for a (re)send while the job is queued or waits behind another in its worker
 * (it may be recalled or given back). Dropped once the job ended.
 *
 * @example
 * ```ts
 * sendMessage(job, { cmd: 'stop' });
 * ```
 */
export function sendMessage(job: WorkerJob, value: unknown): void {
  const slot = job.slot;
  if (job.state === 'done') return;
  if (job.state === 'sent' && slot) slot.message(job, value);
  if (job.state === 'queued' || slot?.jobs[0] !== job) (job.mail ??= []).push(value);
  else job.mail = undefined;
}

/**
 * Cancels a job: a queued one is dropped; one waiting in a worker is recalled (it stays
 * with its worker until the worker says it dropped it, or, if the worker had already
 * started it, until it heads the worker's jobs: then it is stopped as a running one); a
 * running one ends its worker — at once, or after `graceMs` if the call has not ended on
 * its aborted `ctx.signal` by then.
 *
 * @example
 * ```ts
 * cancelJob(job, 0, (slot) => core.retire(slot));
 * ```
 */
export function cancelJob(job: WorkerJob, graceMs: number, retire: (slot: PoolSlot) => void): void {
  const slot = job.slot;
  const state = job.state;
  job.state = 'done';
  if (state !== 'sent' || !slot) return;
  if (slot.jobs[0] !== job && !slot.standalone) return slot.cancel(job);
  stopRunning(slot, job, graceMs, retire);
}

/**
 * Stops a cancelled job its worker runs: ends the worker at once, or aborts the call's
 * `ctx.signal` and ends the worker after `graceMs` unless the call ended by then.
 *
 * @example
 * ```ts
 * if (slot.jobs[0]?.state === 'done') stopRunning(slot, slot.jobs[0], graceMs, retire);
 * ```
 */
export function stopRunning(slot: PoolSlot, job: WorkerJob, graceMs: number, retire: (slot: PoolSlot) => void): void {
  if (graceMs <= 0) return endIfRunning(slot, job, retire);
  slot.cancel(job);
  slot.draining ??= asyncScheduler.schedule(() => slot.alive && endIfRunning(slot, job, retire), graceMs);
}

/**
 * Ends the worker unless it has moved on: when the call it started last is one it held
 * behind `job`, the job ended (its result on its way), and ending the worker would send
 * that call to run a second time elsewhere. Without a shared cell the worker is ended.
 */
function endIfRunning(slot: PoolSlot, job: WorkerJob, retire: (slot: PoolSlot) => void): void {
  const jobs = slot.jobs;
  const movedOn = (last: number) => jobs.findIndex((j) => j.seq === last) > jobs.indexOf(job);
  if (slot.cell === undefined || claimUnlessMovedOn(slot.cell, movedOn)) retire(slot);
}
