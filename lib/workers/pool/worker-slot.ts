import type { Subscription } from 'rxjs';
import { STRIDE, type Batch, type CommandKind, type EventKind } from '../protocol.js';
import { SlotCommands } from './slot-commands.js';
import { toErrorInfo } from '../../tasks/error-info.js';
import type { WorkerModule } from './module-registry.js';
import type { SlotJob } from './slot-job.js';
import type { WorkerExit, WorkerHandle } from '../worker-transport.js';
import { newStartedCallCell } from '../started-call-cell.js';

/**
 * What a slot tells its pool.
 *
 * @example
 * ```ts
 * const owner: SlotOwner = { onEvent: handle, onBatchDone: pump, onExit: heal };
 * ```
 */
export interface SlotOwner<J extends SlotJob> {
  onEvent(slot: WorkerSlot<J>, kind: EventKind, id: number, a: unknown, b: unknown): void;
  onBatchDone(slot: WorkerSlot<J>): void;
  onExit(slot: WorkerSlot<J>, exit: WorkerExit): void;
}

/**
 * One worker and the jobs sent to it, in the order it runs them (the first is running,
 * the rest wait inside the worker). Commands to the worker are batched per microtask.
 * Generic over the job type so that it needs no import of the job class.
 *
 * @example
 * ```ts
 * const slot = new WorkerSlot(mod, false, transport.spawn({ url: mod.url }), pool, queueMicrotask);
 * slot.send(job);
 * ```
 */
export class WorkerSlot<J extends SlotJob> {
  readonly jobs: J[] = [];
  ready = false;
  alive = true;
  idleSince = 0;
  /** Set while a cancelled running call has `cancelGraceMs` to end before termination. */
  draining: Subscription | undefined = undefined;
  /** Which call the worker started last, shared with it (undefined without shared memory; see started-call-cell.ts). */
  readonly cell = newStartedCallCell();
  readonly #commands: SlotCommands;
  readonly #handle: WorkerHandle;
  readonly #owner: SlotOwner<J>;

  constructor(
    readonly mod: WorkerModule,
    readonly standalone: boolean,
    handle: WorkerHandle,
    owner: SlotOwner<J>,
    defer: (fn: () => void) => void,
  ) {
    this.#handle = handle;
    this.#owner = owner;
    this.#commands = new SlotCommands(handle, defer, (cmd, error) => this.#uncloneable(cmd, error));
    if (this.cell) this.#commands.push('s', 0, this.cell.buffer, 0); // leaves with the first batch
    handle.onMessage((data) => this.#receive(data as Batch));
    handle.onExit((exit) => {
      this.alive = false;
      this.#commands.open = false;
      owner.onExit(this, exit);
    });
  }

  /**
   * Sends a job. To an idle worker it leaves at once (the worker waits for it; a burst of
   * exec() calls may take a millisecond before the microtask flush); to a busy one it
   * joins the batch.
   */
  send(job: J): void {
    const idle = this.jobs.length === 0;
    if (idle) this.#handle.ref?.();
    this.jobs.push(job);
    const c = this.#commands;
    c.push('r', job.seq, job.fn, job.args);
    if (job.mail) c.push('m', job.seq, job.mail.slice(), 0);
    if (job.transfer.length > 0) c.transfers(job.transfer);
    // an idle worker gets it now, without a microtask queued for nothing
    if (idle) c.flush();
    else c.soon();
  }

  /** Sends an inbound message to a job; consecutive ones share one protocol entry. */
  message(job: J, value: unknown): void {
    if (!this.#commands.appendMessage(job.seq, value)) this.#command('m', job.seq, [value], 0);
  }

  /**
   * Cancels a job (one command for both cases): one waiting behind another the worker drops
   * and says `'back'` if it has not started it; one it has started runs on, and heads `jobs`
   * once the jobs before it are answered. Of a job the worker may be running, it aborts the
   * call's signal. Either way the job stays in `jobs` until it ends or comes back.
   */
  cancel(job: J): void {
    this.#command('c', job.seq, 0, 0);
  }

  /** Asks the worker to give back a job it has not started (`'back'`); a started one stays. */
  giveBack(job: J): void {
    this.#command('b', job.seq, 0, 0);
  }

  /** Removes and returns the job with this protocol id (undefined if recalled). */
  take(id: number): J | undefined {
    const jobs = this.jobs;
    let job: J | undefined;
    if (jobs[0]?.seq === id) job = jobs.shift();
    else {
      const i = jobs.findIndex((j) => j.seq === id);
      if (i < 0) return undefined;
      job = jobs.splice(i, 1)[0];
    }
    if (jobs.length === 0) this.#handle.unref?.();
    return job;
  }

  terminate(): void {
    this.alive = false;
    this.#commands.open = false;
    this.draining?.unsubscribe();
    this.#handle.terminate();
  }

  #command(kind: CommandKind, id: number, a: unknown, b: unknown): void {
    this.#commands.push(kind, id, a, b);
    this.#commands.soon();
  }

  /**
   * Arguments that cannot be cloned fail their own job, not the batch. A message that
   * cannot be cloned fails its job too; the worker may be running it, so it is ended. The
   * clone error (an Error) is reported as the worker reports a throw.
   */
  #uncloneable(cmd: Batch, error: unknown): void {
    const data = { ...toErrorInfo(error), stack: (error as Error | undefined)?.stack };
    this.#owner.onEvent(this, 'err', cmd[1] as number, data, 0);
    if (cmd[0] === 'm') this.terminate();
  }

  #receive(events: Batch): void {
    if (!this.alive) return;
    for (let i = 0; i < events.length; i += STRIDE) {
      this.#owner.onEvent(this, events[i] as EventKind, events[i + 1] as number, events[i + 2], events[i + 3]);
    }
    this.#owner.onBatchDone(this);
  }
}
