import type { FrameInbox } from './frame-inbox.js';
import type { Queued } from './task-queue.js';
import type { WorkerSlot } from './worker-slot.js';

/** Where a job is: waiting in the pool queue, sent to a worker, or finished/cancelled. */
export type JobState = 'queued' | 'sent' | 'done';

/**
 * One call of a worker function, from `exec()` until its outcome is delivered or it is
 * cancelled. `seq` doubles as its id in the worker protocol and its FIFO rank.
 *
 * @example
 * ```ts
 * const job = new WorkerJob(seq, 0, new URL('./mesh.js', import.meta.url), 'build', [params], [], inbox);
 * ```
 */
export class WorkerJob implements Queued {
  state: JobState = 'queued';
  slot: WorkerSlot | undefined = undefined;
  /** The module as a string, to group workers by module. */
  readonly moduleKey: string;
  /** `module#fn`, for error messages and run-time statistics. */
  readonly where: string;

  constructor(
    readonly seq: number,
    readonly priority: number,
    readonly module: string | URL,
    readonly fn: string,
    readonly args: readonly unknown[],
    readonly transfer: readonly Transferable[],
    readonly inbox: FrameInbox,
  ) {
    this.moduleKey = typeof module === 'string' ? module : module.href;
    this.where = `${this.moduleKey}#${fn}`;
  }

  get queued(): boolean {
    return this.state === 'queued';
  }

  succeed(value: unknown): void {
    this.state = 'done';
    this.inbox.settle({ ok: true, value });
  }

  fail(error: unknown): void {
    this.state = 'done';
    this.inbox.settle({ ok: false, error });
  }
}
