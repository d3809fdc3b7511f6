import { STRIDE, type Batch, type CommandKind } from '../protocol.js';
import type { WorkerHandle } from '../worker-transport.js';

/**
 * The commands on their way to one worker: batched per microtask (or sent at once), with
 * their transfer list. A batch that cannot be cloned is sent entry by entry, so that only
 * the entry that cannot be cloned fails (`onUncloneable`).
 *
 * @example
 * ```ts
 * const commands = new SlotCommands(handle, queueMicrotask, (cmd, error) => fail(cmd[1], error));
 * commands.push('c', 7, 0, 0);
 * commands.soon();
 * ```
 */
export class SlotCommands {
  #commands: Batch = [];
  #transfer: Transferable[] = [];
  #queued = false;
  /** False once the worker ended: nothing is sent any more. */
  open = true;
  readonly #handle: WorkerHandle;
  readonly #defer: (fn: () => void) => void;
  readonly #onUncloneable: (cmd: Batch, error: unknown) => void;

  constructor(
    handle: WorkerHandle,
    defer: (fn: () => void) => void,
    onUncloneable: (cmd: Batch, error: unknown) => void,
  ) {
    this.#handle = handle;
    this.#defer = defer;
    this.#onUncloneable = onUncloneable;
  }

  push(kind: CommandKind, id: number, a: unknown, b: unknown): void {
    this.#commands.push(kind, id, a, b);
  }

  /** Adds a run command's transferables. */
  transfers(list: readonly Transferable[]): void {
    for (let i = 0; i < list.length; i++) this.#transfer.push(list[i] as Transferable);
  }

  /** Appends `value` to the last entry when it is an `'m'` entry for the job `id`; false otherwise. */
  appendMessage(id: number, value: unknown): boolean {
    const c = this.#commands;
    const at = c.length - STRIDE;
    if (at < 0 || c[at] !== 'm' || c[at + 1] !== id) return false;
    (c[at + 2] as unknown[]).push(value);
    return true;
  }

  /** Sends the batch at the end of this microtask. */
  soon(): void {
    if (this.#queued) return;
    this.#queued = true;
    this.#defer(this.#later);
  }

  readonly #later = (): void => {
    this.#queued = false;
    this.flush();
  };

  /** Sends the batch now. */
  flush(): void {
    if (!this.open || this.#commands.length === 0) return;
    const commands = this.#commands;
    const transfer = this.#transfer;
    this.#commands = [];
    if (transfer.length > 0) this.#transfer = [];
    try {
      this.#handle.postMessage(commands, transfer.length > 0 ? transfer : undefined);
    } catch {
      for (let i = 0; i < commands.length; i += STRIDE) this.#postAlone(commands.slice(i, i + STRIDE));
    }
  }

  #postAlone(cmd: Batch): void {
    try {
      this.#handle.postMessage(cmd);
    } catch (error) {
      if (cmd[0] !== 'c') this.#onUncloneable(cmd, error);
    }
  }
}
