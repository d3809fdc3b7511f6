import type { FnStats } from './fn-stats.js';
import type { FrameInbox } from '../frame-inbox.js';
import type { WorkerModule } from './module-registry.js';
import type { SlotJob } from './slot-job.js';
import type { Queued } from './task-queue.js';
import type { WorkerSlot } from './worker-slot.js';

/**
 * Where a job is: waiting in the pool queue, sent to a worker, or finished/cancelled.
 *
 * @example
 * ```ts
 * if (job.state === 'sent') job.slot?.recall(job);
 * ```
 */
export type JobState = 'queued' | 'sent' | 'done';

/**
 * One call of a worker function, from `exec()` until its outcome is delivered or it is
 * cancelled. `seq` doubles as its id in the worker protocol and its FIFO rank.
 *
 * @example
 * ```ts
 * const job = new WorkerJob(seq, 0, mod, 'build', stats, [params], [], inbox);
 * ```
 */
export class WorkerJob implements Queued, SlotJob {
  state: JobState = 'queued';
  slot: WorkerSlot<WorkerJob> | undefined = undefined;
  /** Inbound messages to (re)send with the run command: kept until the job heads its worker. */
  mail: unknown[] | undefined = undefined;
  /** Asked back from a worker that holds it unstarted, for an idle one (see `PoolCore`). */
  returning = false;

  constructor(
    readonly seq: number,
    readonly priority: number,
    readonly mod: WorkerModule,
    readonly fn: string,
    readonly stats: FnStats,
    readonly args: readonly unknown[],
    readonly transfer: readonly Transferable[],
    readonly inbox: FrameInbox,
  ) {}

  get queued(): boolean {
    return this.state === 'queued';
  }

  /** `module#fn`, for error messages. */
  get where(): string {
    return `${this.mod.key}#${this.fn}`;
  }

  succeed(value: unknown): void {
    this.state = 'done';
    this.inbox.settle(true, value);
  }

  fail(error: unknown): void {
    this.state = 'done';
    this.inbox.settle(false, error);
  }
}
