import type { MainCommand } from '../protocol.js';
import type { Outbox } from './outbox.js';
import { toRemoteError } from './to-remote-error.js';
import type { WorkerContext } from './worker-context.js';
import type { WorkerFunctions } from './worker-functions.js';

type RunCommand = Extract<MainCommand, readonly ['r', ...unknown[]]>;

/**
 * Runs a worker's tasks one at a time, in the order they arrive. Cancelling a queued
 * task drops it; cancelling the running one aborts its signal. Results leave in batches:
 * when the queue empties, or after each task once 1 ms has passed since the last message.
 *
 * @example
 * ```ts
 * const runner = new TaskRunner(fns, outbox);
 * port.listen((batch) => runner.accept(batch as MainCommand[]));
 * ```
 */
export class TaskRunner {
  private queue: RunCommand[] = [];
  private head = 0;
  private readonly dropped = new Set<number>();
  private current: { id: number; controller: AbortController | undefined } | undefined;
  private pumping = false;

  constructor(
    private readonly fns: WorkerFunctions,
    private readonly outbox: Outbox,
  ) {}

  accept(commands: readonly MainCommand[]): void {
    for (const cmd of commands) {
      if (cmd[0] === 'r') this.queue.push(cmd);
      else this.cancel(cmd[1]);
    }
    if (!this.pumping) void this.pump();
  }

  private cancel(id: number): void {
    if (this.current?.id === id) this.current.controller?.abort();
    else if (this.queue.some((c, i) => i >= this.head && c[1] === id)) this.dropped.add(id);
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    while (this.head < this.queue.length) {
      const cmd = this.queue[this.head++] as RunCommand;
      if (this.head === this.queue.length) {
        this.queue = [];
        this.head = 0;
      }
      if (this.dropped.delete(cmd[1])) continue;
      await this.run(cmd);
      if (this.head >= this.queue.length || this.outbox.sinceFlush >= 1) this.outbox.flush();
    }
    this.pumping = false;
    this.outbox.flush();
  }

  private async run([, id, name, args]: RunCommand): Promise<void> {
    const fn = this.fns[name];
    if (typeof fn !== 'function') {
      this.outbox.push(['nofn', id, name, Object.keys(this.fns).filter((k) => typeof this.fns[k] === 'function')]);
      return;
    }
    const current = { id, controller: undefined as AbortController | undefined };
    this.current = current;
    const t0 = performance.now();
    try {
      let value = fn(...args, this.context(current));
      if (isThenable(value)) value = await value;
      this.outbox.push(['ok', id, value, performance.now() - t0]);
    } catch (error) {
      this.outbox.push(['err', id, toRemoteError(error), performance.now() - t0]);
    } finally {
      this.current = undefined;
    }
  }

  private context(current: { id: number; controller: AbortController | undefined }): WorkerContext {
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
