import { runsBefore } from './task-queue.js';
import type { WorkerJob } from './worker-job.js';
import type { PoolSlot } from './worker-set.js';

/**
 * The job an idle worker should take back from a busy worker of the same module: one
 * that waits behind a running job (index ≥ 1), of a function that is not batched (a long
 * one), not already asked back; the first in queue order (priority, then FIFO).
 *
 * @example
 * ```ts
 * const job = chooseSteal(pool.slots, idleSlot);
 * if (job) job.slot?.giveBack(job);
 * ```
 */
export function chooseSteal(slots: Iterable<PoolSlot>, idle: PoolSlot): WorkerJob | undefined {
  let pick: WorkerJob | undefined;
  for (const slot of slots) {
    if (slot === idle || slot.mod !== idle.mod) continue;
    const jobs = slot.jobs;
    for (let i = 1; i < jobs.length; i++) {
      const job = jobs[i] as WorkerJob;
      if (job.returning || job.state !== 'sent' || job.stats.batched) continue;
      if (!pick || runsBefore(job, pick)) pick = job;
      break;
    }
  }
  return pick;
}
