import { asyncScheduler } from 'rxjs';
import { exitError } from './exit-error.js';
import type { IdleSweeper } from './idle-sweeper.js';
import type { EventKind } from './protocol.js';
import { PoolEvents } from './pool-events.js';
import { chooseSlot } from './slot-choice.js';
import { TaskQueue } from './task-queue.js';
import type { WorkerJob } from './worker-job.js';
import { WorkerSlot, type SlotOwner } from './worker-slot.js';
import type { WorkerExit, WorkerTransport } from './worker-transport.js';

// Browsers throw "Illegal invocation" when queueMicrotask is called detached from its global.
const deferMicrotask = (fn: () => void): void => queueMicrotask(fn);

/**
 * The pool's bookkeeping: the queue, the workers and which job runs where (see
 * {@link chooseSlot}); crashes, cancels and idle workers.
 *
 * @example
 * ```ts
 * const core = new PoolCore(4, transport, sweeper, undefined);
 * core.submit(job, false);
 * ```
 */
export class PoolCore implements SlotOwner<WorkerJob> {
  private readonly queue = new TaskQueue<WorkerJob>();
  private readonly slots = new Set<WorkerSlot<WorkerJob>>();
  private readonly standalones = new Set<WorkerSlot<WorkerJob>>();
  private readonly events = new PoolEvents();

  constructor(
    readonly size: number,
    private readonly transport: WorkerTransport,
    private readonly sweeper: IdleSweeper<WorkerSlot<WorkerJob>>,
    private readonly resourceLimits: Readonly<Record<string, number>> | undefined,
    private readonly graceMs = 0,
  ) {}

  stats(): { readonly pool: number; readonly standalone: number; readonly queued: number } {
    let queued = 0;
    for (const job of this.queue.entries()) if (job.queued) queued++;
    return { pool: this.slots.size, standalone: this.standalones.size, queued };
  }

  submit(job: WorkerJob, standalone: boolean): void {
    if (standalone) return this.spawn(job, true).send(job);
    this.queue.push(job);
    this.pump();
  }

  /** Queues or sends an inbound message; dropped once the job ended. */
  message(job: WorkerJob, value: unknown): void {
    const slot = job.slot;
    if (job.state === 'done') return;
    if (job.state === 'sent' && slot) slot.message(job, value);
    // a job still queued, or waiting behind another in its worker, may be (re)sent: keep its messages
    if (job.state === 'queued' || slot?.jobs[0] !== job) (job.mail ??= []).push(value);
    else job.mail = undefined;
  }

  cancel(job: WorkerJob): void {
    const slot = job.slot;
    const state = job.state;
    job.state = 'done';
    if (state !== 'sent' || !slot) return;
    if (slot.jobs[0] !== job && !slot.standalone) slot.recall(job);
    else if (this.graceMs > 0) this.stopGently(slot, job);
    else this.retire(slot);
  }

  /** Aborts the running call's signal; terminates the worker if it has not ended in `graceMs`. */
  private stopGently(slot: WorkerSlot<WorkerJob>, job: WorkerJob): void {
    slot.signal(job);
    slot.draining ??= asyncScheduler.schedule(() => slot.alive && this.retire(slot), this.graceMs);
  }

  *idleSlots(): Iterable<WorkerSlot<WorkerJob>> {
    for (const slot of this.slots) if (slot.jobs.length === 0) yield slot;
  }

  /** Ends a worker; jobs it held that had not started go back to the queue. */
  retire(slot: WorkerSlot<WorkerJob>, pump = true): void {
    this.forget(slot);
    slot.terminate();
    const [, ...waiting] = slot.jobs.splice(0);
    for (const job of waiting) this.requeue(job);
    if (pump) this.pump();
  }

  dispose(error: Error): void {
    this.sweeper.stop();
    for (const job of this.queue.drain()) job.fail(error);
    for (const slot of [...this.slots, ...this.standalones]) {
      this.forget(slot);
      slot.terminate();
      for (const job of slot.jobs.splice(0)) if (job.state === 'sent') job.fail(error);
    }
  }

  onEvent(slot: WorkerSlot<WorkerJob>, kind: EventKind, id: number, a: unknown, b: unknown): void {
    this.events.handle(slot, kind, id, a, b);
  }

  onBatchDone(slot: WorkerSlot<WorkerJob>): void {
    if (slot.draining && slot.jobs[0]?.state !== 'done') {
      slot.draining.unsubscribe();
      slot.draining = undefined;
    }
    if (slot.jobs.length > 0) return this.pump();
    if (slot.standalone) return this.retire(slot);
    slot.idleSince = this.sweeper.now();
    this.pump();
    if (slot.jobs.length === 0) this.sweeper.arm();
  }

  onExit(slot: WorkerSlot<WorkerJob>, exit: WorkerExit): void {
    if (!this.forget(slot)) return;
    const jobs = slot.jobs.splice(0).filter((j) => j.state === 'sent');
    const [head, ...rest] = jobs;
    if (head) head.fail(exitError(exit, slot.ready, head.where));
    for (const job of rest) {
      if (slot.ready) this.requeue(job);
      else job.fail(exitError(exit, false, job.where));
    }
    this.pump();
  }

  private pump(): void {
    let job: WorkerJob | undefined;
    while ((job = this.queue.peek())) {
      const slot = this.slotFor(job);
      if (!slot) return;
      this.queue.pop();
      slot.send(job);
    }
  }

  private slotFor(job: WorkerJob): WorkerSlot<WorkerJob> | undefined {
    const choice = chooseSlot(this.slots, job, this.size);
    if (!choice) return undefined;
    if ('slot' in choice) return choice.slot;
    if (choice.retire) this.retire(choice.retire, false);
    return this.spawn(job, false);
  }

  private spawn(job: WorkerJob, standalone: boolean): WorkerSlot<WorkerJob> {
    const handle = this.transport.spawn({ url: job.mod.url, name: job.fn, resourceLimits: this.resourceLimits });
    const slot = new WorkerSlot<WorkerJob>(job.mod, standalone, handle, this, this.transport.defer ?? deferMicrotask);
    (standalone ? this.standalones : this.slots).add(slot);
    return slot;
  }

  private requeue(job: WorkerJob): void {
    job.slot = undefined;
    job.state = 'queued';
    this.queue.push(job);
  }

  private forget(slot: WorkerSlot<WorkerJob>): boolean {
    return this.slots.delete(slot) || this.standalones.delete(slot);
  }
}
