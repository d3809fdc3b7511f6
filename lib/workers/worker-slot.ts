import type { MainCommand, WorkerEvent } from './protocol.js';
import { toRemoteError } from './worker-side/to-remote-error.js';
import type { WorkerJob } from './worker-job.js';
import type { WorkerExit, WorkerHandle } from './worker-transport.js';

/** What a slot tells its pool. */
export interface SlotOwner {
  onEvent(slot: WorkerSlot, event: WorkerEvent): void;
  onBatchDone(slot: WorkerSlot): void;
  onExit(slot: WorkerSlot, exit: WorkerExit): void;
}

/**
 * One worker and the jobs sent to it, in the order it runs them (the first is running,
 * the rest wait inside the worker). Commands to the worker are batched per microtask.
 *
 * @example
 * ```ts
 * const slot = new WorkerSlot(key, false, transport.spawn({ url }), pool);
 * slot.send(job);
 * ```
 */
export class WorkerSlot {
  readonly jobs: WorkerJob[] = [];
  ready = false;
  alive = true;
  idleSince = 0;
  private commands: MainCommand[] = [];
  private transfer: Transferable[] = [];
  private flushQueued = false;

  constructor(
    readonly moduleKey: string,
    readonly standalone: boolean,
    private readonly handle: WorkerHandle,
    private readonly owner: SlotOwner,
    private readonly defer: (fn: () => void) => void,
  ) {
    handle.onMessage((data) => this.receive(data as readonly WorkerEvent[]));
    handle.onExit((exit) => {
      this.alive = false;
      owner.onExit(this, exit);
    });
  }

  send(job: WorkerJob): void {
    if (this.jobs.length === 0) this.handle.ref?.();
    this.jobs.push(job);
    job.slot = this;
    job.state = 'sent';
    this.command(['r', job.seq, job.fn, job.args]);
    for (const t of job.transfer) this.transfer.push(t);
  }

  /** Takes a job back; the worker drops it if it has not started it yet. */
  recall(job: WorkerJob): void {
    this.take(job.seq);
    this.command(['c', job.seq]);
  }

  /** Removes and returns the job with this protocol id (undefined if recalled). */
  take(id: number): WorkerJob | undefined {
    const jobs = this.jobs;
    const i = jobs[0]?.seq === id ? 0 : jobs.findIndex((j) => j.seq === id);
    if (i < 0) return undefined;
    const [job] = jobs.splice(i, 1);
    if (jobs.length === 0) this.handle.unref?.();
    return job;
  }

  terminate(): void {
    this.alive = false;
    this.handle.terminate();
  }

  private command(cmd: MainCommand): void {
    this.commands.push(cmd);
    if (this.flushQueued) return;
    this.flushQueued = true;
    this.defer(this.flush);
  }

  private readonly flush = (): void => {
    this.flushQueued = false;
    if (!this.alive || this.commands.length === 0) return;
    const commands = this.commands;
    const transfer = this.transfer;
    this.commands = [];
    this.transfer = [];
    try {
      this.handle.postMessage(commands, transfer.length > 0 ? transfer : undefined);
    } catch {
      for (const cmd of commands) this.postAlone(cmd);
    }
  };

  /** Arguments that cannot be cloned fail their own job, not the batch. */
  private postAlone(cmd: MainCommand): void {
    try {
      this.handle.postMessage([cmd]);
    } catch (error) {
      if (cmd[0] === 'r') this.owner.onEvent(this, ['err', cmd[1], toRemoteError(error), 0]);
    }
  }

  private receive(events: readonly WorkerEvent[]): void {
    if (!this.alive) return;
    for (const event of events) this.owner.onEvent(this, event);
    this.owner.onBatchDone(this);
  }
}
