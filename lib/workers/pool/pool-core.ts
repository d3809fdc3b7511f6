import type { IdleSweeper } from './idle-sweeper.js';
import type { EventKind } from '../protocol.js';
import { applyEvent } from './apply-event.js';
import { releaseJobs } from './release-jobs.js';
import { askBack, chooseSteal } from './give-back.js';
import { JobDispatch } from './job-dispatch.js';
import { cancelJob, sendMessage, stopRunning } from './job-control.js';
import type { WorkerJob } from './worker-job.js';
import { WorkerSet, type PoolSlot } from './worker-set.js';
import type { SlotOwner } from './worker-slot.js';
import type { ThreadOptions, WorkerExit, WorkerTransport } from '../worker-transport.js';

/**
 * The pool's bookkeeping: calls cancelled and messaged, the pool's stats and disposal,
 * and what each worker's events, finished batches and exit mean for its jobs (crashes,
 * cancels, idle workers). Where jobs go is {@link JobDispatch}'s, called from here. Most
 * of this runs in the worker's message handler, off-frame: the next job leaves the
 * moment a result arrives, while the result itself reaches the caller on a frame
 * (through the job's inbox).
 *
 * @example
 * ```ts
 * const core = new PoolCore(4, transport, sweeper, {}, 0, () => scheduler.inFrame);
 * core.submit(job, false);
 * ```
 */
export class PoolCore implements SlotOwner<WorkerJob> {
  readonly #workers: WorkerSet;
  readonly #dispatch: JobDispatch;
  /** Ends a worker; live jobs it held that had not started go back to the queue (see {@link JobDispatch.retire}). */
  readonly retire: (slot: PoolSlot) => void;
  readonly #sweeper: IdleSweeper<PoolSlot>;
  readonly #graceMs: number;

  constructor(
    readonly size: number,
    transport: WorkerTransport,
    sweeper: IdleSweeper<PoolSlot>,
    threads: ThreadOptions,
    graceMs = 0,
    inFrame: () => boolean = () => false,
  ) {
    this.#sweeper = sweeper;
    this.#graceMs = graceMs;
    this.#workers = new WorkerSet(transport, threads, this);
    this.#dispatch = new JobDispatch(size, this.#workers, inFrame);
    this.retire = this.#dispatch.retire;
  }

  stats(): { readonly pool: number; readonly standalone: number; readonly queued: number } {
    const workers = this.#workers;
    return { pool: workers.pool.size, standalone: workers.standalone.size, queued: this.#dispatch.queued() };
  }

  submit(job: WorkerJob, standalone: boolean): void {
    this.#dispatch.submit(job, standalone);
  }

  /** Queues or sends an inbound message; dropped once the job ended. */
  message(job: WorkerJob, value: unknown): void {
    sendMessage(job, value);
  }

  cancel(job: WorkerJob): void {
    cancelJob(job, this.#graceMs, this.retire);
  }

  idleSlots(): Iterable<PoolSlot> {
    return this.#workers.idle();
  }

  dispose(error: Error): void {
    this.#sweeper.stop();
    this.#dispatch.close(error);
    for (const slot of this.#workers.all()) {
      this.#workers.forget(slot);
      slot.terminate();
      for (const job of slot.jobs.splice(0)) if (job.state === 'sent') job.fail(error);
    }
  }

  onEvent(slot: PoolSlot, kind: EventKind, id: number, a: unknown, b: unknown): void {
    applyEvent(slot, kind, id, a, b, this.#dispatch.requeue);
  }

  onBatchDone(slot: PoolSlot): void {
    const head = slot.jobs[0];
    if (slot.draining && head?.state !== 'done') {
      slot.draining.unsubscribe();
      slot.draining = undefined;
    }
    // a job cancelled while it waited, not dropped by the worker in this batch (or failed on a
    // progress value that could not be cloned): the worker runs it
    if (head?.state === 'done' && !slot.draining) {
      stopRunning(slot, head, this.#graceMs, this.retire);
      if (!slot.alive) return;
    }
    if (slot.jobs.length > 0) return this.#dispatch.pump();
    if (slot.standalone) return this.retire(slot);
    slot.idleSince = this.#sweeper.now();
    this.#dispatch.pump();
    if (slot.jobs.length > 0) return;
    // nothing queued for it: take back a job waiting behind a long one in another worker
    if (!slot.draining) askBack(chooseSteal(this.#workers.pool, slot));
    this.#sweeper.arm();
  }

  /** A worker ended: its running job fails; the jobs waiting in it run elsewhere (all fail if it never loaded). */
  onExit(slot: PoolSlot, exit: WorkerExit): void {
    if (!this.#workers.forget(slot)) return;
    releaseJobs(slot.jobs.splice(0), { exit, ready: slot.ready }, this.#dispatch.requeue);
    this.#dispatch.pump();
  }
}
