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
  #controller: AbortController | undefined;
  #mailbox: TaskMailbox | undefined;

  constructor(
    readonly id: number,
    mailbox: TaskMailbox | undefined,
  ) {
    this.#mailbox = mailbox;
  }

  abort(): void {
    this.#controller?.abort();
  }

  mail(values: readonly unknown[]): void {
    (this.#mailbox ??= new TaskMailbox()).deliver(values);
  }

  /** The task ended: held messages are dropped, listeners released. */
  end(): void {
    this.#mailbox?.close();
  }

  get signal(): AbortSignal {
    this.#controller ??= new AbortController();
    return this.#controller.signal;
  }

  context(outbox: Outbox): WorkerContext {
    return new TaskContext(this, outbox);
  }

  listen(listener: (message: unknown) => void): () => void {
    return (this.#mailbox ??= new TaskMailbox()).listen(listener);
  }
}

/** One object per call; `progress` and `onMessage` are bound, so they may be destructured. */
class TaskContext implements WorkerContext {
  readonly id: number;
  readonly #task: RunningTask;
  readonly #outbox: Outbox;

  constructor(task: RunningTask, outbox: Outbox) {
    this.#task = task;
    this.#outbox = outbox;
    this.id = task.id;
  }

  get signal(): AbortSignal {
    return this.#task.signal;
  }

  readonly progress = (value: unknown): void => this.#outbox.progress(this.id, value);

  readonly onMessage = (listener: (message: unknown) => void): (() => void) => this.#task.listen(listener);
}
