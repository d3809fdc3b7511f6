import { STRIDE, type Batch } from '../protocol.js';
import type { Outbox } from './outbox.js';
import { toRemoteError } from './to-remote-error.js';
import type { WorkerContext } from './worker-context.js';
import type { WorkerFunctions } from './worker-functions.js';

type Current = { id: number; controller: AbortController | undefined };

/**
 * Runs a worker's tasks one at a time, in the order they arrive. Cancelling a queued
 * task drops it; cancelling the running one aborts its signal. Results leave in batches:
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
  private current: Current | undefined;
  private pumping = false;

  constructor(
    private readonly fns: WorkerFunctions,
    private readonly outbox: Outbox,
  ) {}

  accept(batch: Batch): void {
    for (let i = 0; i < batch.length; i += STRIDE) {
      if (batch[i] === 'r') this.queue.push(batch[i + 1], batch[i + 2], batch[i + 3]);
      else this.cancel(batch[i + 1] as number);
    }
    if (!this.pumping) void this.pump();
  }

  private cancel(id: number): void {
    if (this.current?.id === id) this.current.controller?.abort();
    else if (this.queue.indexOf(id, this.head) >= 0) this.dropped.add(id);
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
    if (typeof fn !== 'function') {
      const names = Object.keys(this.fns).filter((k) => typeof this.fns[k] === 'function');
      return this.outbox.push('nofn', id, name, names);
    }
    const current: Current = { id, controller: undefined };
    this.current = current;
    const t0 = performance.now();
    try {
      let value = fn(...args, this.context(current));
      if (isThenable(value)) value = await value;
      this.outbox.push('ok', id, value, performance.now() - t0);
    } catch (error) {
      this.outbox.push('err', id, toRemoteError(error), performance.now() - t0);
    } finally {
      this.current = undefined;
    }
  }

  private context(current: Current): WorkerContext {
    const outbox = this.outbox;
    return {
      id: current.id,
      get signal() {
        current.controller ??= new AbortController();
        return current.controller.signal;
      },
      progress: (value) => outbox.progress(current.id, value),
    };
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}
