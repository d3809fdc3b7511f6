import type { Outbox } from './outbox.js';
import { TaskMailbox } from './task-mailbox.js';
import type { WorkerContext } from './worker-context.js';

/**
 * The task a worker is running: its abort controller and inbound mailbox, both made
 * only when used (most calls need neither).
 *
 * @example
 * ```ts
 * const task = new RunningTask(7, undefined);
 * fn(...args, task.context(outbox));
 * ```
 */
export class RunningTask {
  private controller: AbortController | undefined = undefined;

  constructor(
    readonly id: number,
    private mailbox: TaskMailbox | undefined,
  ) {}

  abort(): void {
    this.controller?.abort();
  }

  mail(values: readonly unknown[]): void {
    (this.mailbox ??= new TaskMailbox()).deliver(values);
  }

  /** The task ended: held messages are dropped, listeners released. */
  end(): void {
    this.mailbox?.close();
  }

  get signal(): AbortSignal {
    this.controller ??= new AbortController();
    return this.controller.signal;
  }

  context(outbox: Outbox): WorkerContext {
    const signal = (): AbortSignal => this.signal;
    return {
      id: this.id,
      get signal() {
        return signal();
      },
      progress: (value) => outbox.progress(this.id, value),
      onMessage: (listener) => (this.mailbox ??= new TaskMailbox()).listen(listener),
    };
  }
}
