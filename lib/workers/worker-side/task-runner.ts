import { STRIDE, type Batch } from '../protocol.js';
import type { Outbox } from './outbox.js';
import { RunningTask } from './running-task.js';
import { TaskMailbox } from './task-mailbox.js';
import { toRemoteError } from './to-remote-error.js';
import type { WorkerFunctions } from './worker-functions.js';

/**
 * Runs a worker's tasks one at a time, in the order they arrive. Cancelling a queued
 * task drops it; cancelling the running one aborts its signal; giving back a queued task
 * drops it and says so (`'back'`). Messages for a queued task
 * wait for it, for an ended one are dropped. Results leave in batches:
 * when the queue empties, or after each task once 1 ms has passed since the last message.
 *
 * @example
 * ```ts
 * const runner = new TaskRunner(fns, outbox);
 * port.listen((batch) => runner.accept(batch as unknown[]));
 * ```
 */
export class TaskRunner {
  /** Queued run commands, flat: id, name, args. */
  private queue: unknown[] = [];
  private head = 0;
  private readonly dropped = new Set<number>();
  /** Messages that arrived for queued tasks (mailboxes made only when needed). */
  private readonly waiting = new Map<number, TaskMailbox>();
  private current: RunningTask | undefined;
  private pumping = false;

  constructor(
    private readonly fns: WorkerFunctions,
    private readonly outbox: Outbox,
  ) {}

  accept(batch: Batch): void {
    for (let i = 0; i < batch.length; i += STRIDE) {
      const kind = batch[i];
      if (kind === 'r') this.queue.push(batch[i + 1], batch[i + 2], batch[i + 3]);
      else if (kind === 'm') this.mail(batch[i + 1] as number, batch[i + 2] as unknown[]);
      else if (kind === 'b') this.giveBack(batch[i + 1] as number);
      else this.cancel(batch[i + 1] as number);
    }
    if (!this.pumping) void this.pump();
  }

  private cancel(id: number): void {
    if (this.current?.id === id) this.current.abort();
    else if (this.queue.indexOf(id, this.head) >= 0) {
      this.dropped.add(id);
      this.waiting.delete(id);
    }
  }

  /** Drops a task that has not started so another worker can run it; a started one stays. */
  private giveBack(id: number): void {
    if (this.dropped.has(id) || this.queue.indexOf(id, this.head) < 0) return;
    this.dropped.add(id);
    this.waiting.delete(id);
    this.outbox.push('back', id, 0, 0);
    // at once, even while an async task awaits: an idle worker is waiting for it
    this.outbox.flush();
  }

  private mail(id: number, values: readonly unknown[]): void {
    if (this.current?.id === id) return this.current.mail(values);
    if (this.dropped.has(id) || this.queue.indexOf(id, this.head) < 0) return;
    let box = this.waiting.get(id);
    if (!box) this.waiting.set(id, (box = new TaskMailbox()));
    box.deliver(values);
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    while (this.head < this.queue.length) {
      const q = this.queue;
      const at = this.head;
      this.head += 3;
      if (this.head === q.length) {
        this.queue = [];
        this.head = 0;
      }
      const id = q[at] as number;
      if (this.dropped.delete(id)) continue;
      await this.run(id, q[at + 1] as string, q[at + 2] as readonly unknown[]);
      if (this.head >= this.queue.length || this.outbox.sinceFlush >= 1) this.outbox.flush();
    }
    this.pumping = false;
    this.outbox.flush();
  }

  private async run(id: number, name: string, args: readonly unknown[]): Promise<void> {
    const fn = this.fns[name];
    const mailbox = this.waiting.size === 0 ? undefined : this.waiting.get(id);
    if (mailbox) this.waiting.delete(id);
    if (typeof fn !== 'function') {
      const names = Object.keys(this.fns).filter((k) => typeof this.fns[k] === 'function');
      return this.outbox.push('nofn', id, name, names);
    }
    const current = new RunningTask(id, mailbox);
    this.current = current;
    const t0 = performance.now();
    try {
      let value = fn(...args, current.context(this.outbox));
      if (isThenable(value)) value = await value;
      this.outbox.push('ok', id, value, performance.now() - t0);
    } catch (error) {
      this.outbox.push('err', id, toRemoteError(error), performance.now() - t0);
    } finally {
      this.current = undefined;
      current.end();
    }
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}
