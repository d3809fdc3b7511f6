import type { WorkerJob } from './worker-job.js';
import { WorkerSlot, type SlotOwner } from './worker-slot.js';
import type { ThreadOptions, WorkerTransport } from '../worker-transport.js';

/** A pool's worker, holding pool jobs. */
export type PoolSlot = WorkerSlot<WorkerJob>;

// Browsers throw "Illegal invocation" when queueMicrotask is called detached from its global.
const deferMicrotask = (fn: () => void): void => queueMicrotask(fn);

/**
 * The workers a pool has: the pool's own (at most its size) and standalone ones (one per
 * `standalone` call, retired when it ends).
 *
 * @example
 * ```ts
 * const workers = new WorkerSet(transport, {}, core);
 * const slot = workers.spawn(job, false);
 * ```
 */
export class WorkerSet {
  readonly pool = new Set<PoolSlot>();
  readonly standalone = new Set<PoolSlot>();
  readonly #transport: WorkerTransport;
  readonly #threads: ThreadOptions;
  readonly #owner: SlotOwner<WorkerJob>;

  constructor(transport: WorkerTransport, threads: ThreadOptions, owner: SlotOwner<WorkerJob>) {
    this.#transport = transport;
    this.#threads = threads;
    this.#owner = owner;
  }

  /** Starts a worker for `job`'s module. */
  spawn(job: WorkerJob, standalone: boolean): PoolSlot {
    const handle = this.#transport.spawn({ url: job.mod.url, name: job.fn, ...this.#threads });
    const slot = new WorkerSlot(job.mod, standalone, handle, this.#owner, this.#transport.defer ?? deferMicrotask);
    (standalone ? this.standalone : this.pool).add(slot);
    return slot;
  }

  /** Removes a worker; false if it was already gone. */
  forget(slot: PoolSlot): boolean {
    return this.pool.delete(slot) || this.standalone.delete(slot);
  }

  /** Pool workers holding no job. */
  *idle(): Iterable<PoolSlot> {
    for (const slot of this.pool) if (slot.jobs.length === 0) yield slot;
  }

  all(): PoolSlot[] {
    return [...this.pool, ...this.standalone];
  }
}
