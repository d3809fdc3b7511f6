import { asapScheduler } from '../../rx.js';
import type { IdleSweeper } from './idle-sweeper.js';
import type { EventKind } from '../protocol.js';
import { applyEvent } from './apply-event.js';
import { chooseSlot, topsUp, type SlotChoice } from './slot-choice.js';
import { releaseJobs } from './release-jobs.js';
import { askBack, chooseDisplaced, chooseSteal } from './give-back.js';
import { cancelJob, sendMessage, stopRunning } from './job-control.js';
import { TaskQueue } from './task-queue.js';
import type { WorkerJob } from './worker-job.js';
import { WorkerSet, type PoolSlot } from './worker-set.js';
import type { SlotOwner } from './worker-slot.js';
import type { ThreadOptions, WorkerExit, WorkerTransport } from '../worker-transport.js';

/**
 * The pool's bookkeeping: the queue, the workers and which job runs where (see
 * {@link chooseSlot}); crashes, cancels and idle workers. Most of it runs in the worker's
 * message handler, off-frame: the next job leaves the moment a result arrives, while the
 * result itself reaches the caller on a frame (through the job's inbox). A call made
 * inside a frame (`inFrame()`) goes to an idle worker at once, but a worker it needs
 * started is started right after the frame: `new Worker()` is 1-10 ms of synchronous
 * work the frame's budget cannot foresee.
 *
 * @example
 * ```ts
 * const core = new PoolCore(4, transport, sweeper, {}, 0, () => scheduler.inFrame);
 * core.submit(job, false);
 * ```
 */
export class PoolCore implements SlotOwner<WorkerJob> {
  readonly #queue = new TaskQueue<WorkerJob>();
  readonly #workers: WorkerSet;
  readonly #sweeper: IdleSweeper<PoolSlot>;
  readonly #graceMs: number;
  readonly #inFrame: () => boolean;
  /** A pump is due right after the frame: a worker it needs was not started inside it. */
  #pumpDue = false;
  /** Set by dispose: what calls submitted later (held ones included) fail with. */
  #gone: Error | undefined = undefined;

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
    this.#inFrame = inFrame;
    this.#workers = new WorkerSet(transport, threads, this);
  }

  stats(): { readonly pool: number; readonly standalone: number; readonly queued: number } {
    let queued = 0;
    for (const job of this.#queue.entries()) if (job.queued) queued++;
    return { pool: this.#workers.pool.size, standalone: this.#workers.standalone.size, queued };
  }

  submit(job: WorkerJob, standalone: boolean): void {
    if (this.#gone) return job.fail(this.#gone);
    if (!standalone) {
      this.#queue.push(job);
      return this.#pump();
    }
    // its worker starts right after the frame (see the class); a job cancelled by then is 'done'
    if (this.#inFrame()) return void asapScheduler.schedule(() => job.state === 'queued' && this.submit(job, true));
    send(this.#workers.spawn(job, true), job);
  }

  /** Queues or sends an inbound message; dropped once the job ended. */
  message(job: WorkerJob, value: unknown): void {
    sendMessage(job, value);
  }

  cancel(job: WorkerJob): void {
    cancelJob(job, this.#graceMs, this.#retireSlot);
  }

  idleSlots(): Iterable<PoolSlot> {
    return this.#workers.idle();
  }

  /** Ends a worker; live jobs it held that had not started go back to the queue. */
  retire(slot: PoolSlot, pump = true): void {
    this.#workers.forget(slot);
    slot.terminate();
    releaseJobs(slot.jobs.splice(0), undefined, this.#requeue);
    if (pump) this.#pump();
  }

  readonly #retireSlot = (slot: PoolSlot): void => this.retire(slot);

  dispose(error: Error): void {
    this.#sweeper.stop();
    for (const job of this.#queue.drain()) job.fail(error);
    this.#gone = error;
    for (const slot of this.#workers.all()) {
      this.#workers.forget(slot);
      slot.terminate();
      for (const job of slot.jobs.splice(0)) if (job.state === 'sent') job.fail(error);
    }
  }

  onEvent(slot: PoolSlot, kind: EventKind, id: number, a: unknown, b: unknown): void {
    if (kind !== 'back') return applyEvent(slot, kind, id, a, b);
    const job = slot.take(id);
    if (job?.state === 'sent') this.#requeue(job);
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
      stopRunning(slot, head, this.#graceMs, this.#retireSlot);
      if (!slot.alive) return;
    }
    if (slot.jobs.length > 0) return this.#pump();
    if (slot.standalone) return this.retire(slot);
    slot.idleSince = this.#sweeper.now();
    this.#pump();
    if (slot.jobs.length > 0) return;
    // nothing queued for it: take back a job waiting behind a long one in another worker
    if (!slot.draining) askBack(chooseSteal(this.#workers.pool, slot));
    this.#sweeper.arm();
  }

  /** A worker ended: its running job fails; the jobs waiting in it run elsewhere (all fail if it never loaded). */
  onExit(slot: PoolSlot, exit: WorkerExit): void {
    if (!this.#workers.forget(slot)) return;
    releaseJobs(slot.jobs.splice(0), { exit, ready: slot.ready }, this.#requeue);
    this.#pump();
  }

  /**
   * Sends queued jobs where {@link chooseSlot} says; a worker sent a job in this pass is
   * topped up to its function's `depth` when no other worker takes the next one.
   */
  #pump(): void {
    let job: WorkerJob | undefined;
    let last: PoolSlot | undefined;
    while ((job = this.#queue.peek())) {
      const choice = chooseSlot(this.#workers.pool, job, this.size);
      if (choice && 'spawn' in choice && this.#inFrame()) return this.#pumpAfterFrame();
      const slot = this.#place(choice, job) ?? (last && topsUp(last, job) ? last : undefined);
      // a job that must wait asks back one waiting in a worker that it should run before (priority)
      if (!slot) return askBack(chooseDisplaced(this.#workers.pool, job));
      this.#queue.pop();
      send(slot, job);
      last = slot;
    }
  }

  #place(choice: SlotChoice, job: WorkerJob): PoolSlot | undefined {
    if (!choice || !('spawn' in choice)) return choice;
    if (choice.retire) this.retire(choice.retire, false);
    return this.#workers.spawn(job, false);
  }

  #pumpAfterFrame(): void {
    if (this.#pumpDue) return;
    this.#pumpDue = true;
    // asap: a microtask after the frame's synchronous run (virtual inside TestScheduler.run)
    asapScheduler.schedule(() => {
      this.#pumpDue = false;
      this.#pump();
    });
  }

  readonly #requeue = (job: WorkerJob): void => {
    job.slot = undefined;
    job.state = 'queued';
    job.returning = false;
    this.#queue.push(job);
  };
}

function send(slot: PoolSlot, job: WorkerJob): void {
  job.slot = slot;
  job.state = 'sent';
  slot.send(job);
}
