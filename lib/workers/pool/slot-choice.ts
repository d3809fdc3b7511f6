import type { WorkerJob } from './worker-job.js';
import type { PoolSlot } from './worker-set.js';

/**
 * Where a queued job should go: an existing worker, a new worker (`spawn`, possibly
 * after retiring an idle worker of another module), or nowhere yet. An existing worker
 * is returned as itself: the choice made on every result allocates nothing.
 *
 * @example
 * ```ts
 * const choice: SlotChoice = { spawn: true, retire: idleOther };
 * ```
 */
export type SlotChoice = PoolSlot | { readonly spawn: true; readonly retire?: PoolSlot } | undefined;

const SPAWN = { spawn: true } as const;

/**
 * Picks a worker for `job`: an idle worker of its module; else a new worker while below
 * `size`; for a short function, a busy worker of its module that may be sent more
 * (`joinBelow`); else a
 * new worker in place of an idle worker of another module; else a busy worker of its
 * module that may hold more (a long function's next call); else none (wait).
 * Workers finishing a cancelled call (`draining`), or ended and not yet gone (an inbound
 * message that could not be cloned ends its worker; it leaves the pool on its exit), take nothing.
 *
 * @example
 * ```ts
 * const choice = chooseSlot(slots, job, 4);
 * ```
 */
export function chooseSlot(slots: ReadonlySet<PoolSlot>, job: WorkerJob, size: number): SlotChoice {
  const joinBelow = job.stats.joinBelow;
  let best: PoolSlot | undefined;
  let other: PoolSlot | undefined;
  for (const slot of slots) {
    if (slot.draining || !slot.alive) continue;
    const n = slot.jobs.length;
    if (slot.mod !== job.mod) {
      if (n === 0) other = slot;
    } else if (n < joinBelow && (!best || n < best.jobs.length)) best = slot;
  }
  if (best && best.jobs.length === 0) return best;
  if (slots.size < size) return SPAWN;
  // a short job joins a busy worker's batch; a long one would wait a whole call: a fresh worker is sooner
  if (other && !(best && job.stats.batched)) return { spawn: true, retire: other };
  return best;
}

/**
 * Whether `slot`, just sent a job in this pass, may hold `job` too, up to its function's
 * `depth` (one message carries both).
 *
 * @example
 * ```ts
 * const slot = chooseSlot(slots, job, 4) ?? (last && topsUp(last, job) ? last : undefined);
 * ```
 */
export function topsUp(slot: PoolSlot, job: WorkerJob): boolean {
  return slot.alive && !slot.draining && slot.mod === job.mod && slot.jobs.length < job.stats.depth;
}
