import type { WorkerModule } from './module-registry.js';
import { runsBefore } from './task-queue.js';
import type { WorkerJob } from './worker-job.js';
import type { PoolSlot } from './worker-set.js';

/**
 * The job an idle worker should take back from a busy worker of the same module: one
 * that waits behind a running job, of a function that is not batched (a long one), not
 * already asked back; the first in queue order (priority, then FIFO).
 *
 * @example
 * ```ts
 * const job = chooseSteal(pool.slots, idleSlot);
 * if (job) job.slot?.giveBack(job);
 * ```
 */
export function chooseSteal(slots: Iterable<PoolSlot>, idle: PoolSlot): WorkerJob | undefined {
  let pick: WorkerJob | undefined;
  forEachWaiting(slots, idle.mod, idle, (job) => {
    if (!pick || runsBefore(job, pick)) pick = job;
  });
  return pick;
}

/**
 * The job to ask back so that `first`, which found no worker, is not overtaken: of the
 * jobs waiting in workers of its module that run after it in queue order, the last.
 *
 * @example
 * ```ts
 * const job = chooseDisplaced(pool.slots, urgent);
 * if (job) job.slot?.giveBack(job); // its 'back' re-queues it behind `urgent`
 * ```
 */
export function chooseDisplaced(slots: Iterable<PoolSlot>, first: WorkerJob): WorkerJob | undefined {
  let pick: WorkerJob | undefined;
  forEachWaiting(slots, first.mod, undefined, (job) => {
    if (runsBefore(first, job) && (!pick || runsBefore(pick, job))) pick = job;
  });
  return pick;
}

/**
 * Asks the worker holding `job` unstarted to give it back (`'b'`); its `'back'` re-queues
 * it. A job the worker has already started stays and ends there: no job runs twice.
 *
 * @example
 * ```ts
 * askBack(chooseSteal(pool.slots, idleSlot));
 * ```
 */
export function askBack(job: WorkerJob | undefined): void {
  if (!job) return;
  job.returning = true;
  job.slot?.giveBack(job);
}

/**
 * Visits the jobs waiting behind a running one (index ≥ 1) in workers of `mod`, that may
 * be asked back. A plain loop, not a generator: it runs on every result (no allocation).
 */
function forEachWaiting(
  slots: Iterable<PoolSlot>,
  mod: WorkerModule,
  skip: PoolSlot | undefined,
  visit: (job: WorkerJob) => void,
): void {
  for (const slot of slots) {
    const jobs = slot.jobs;
    if (jobs.length < 2 || slot === skip || slot.mod !== mod) continue;
    for (let i = 1; i < jobs.length; i++) {
      const job = jobs[i] as WorkerJob;
      if (!job.returning && job.state === 'sent' && !job.stats.batched) visit(job);
    }
  }
}
