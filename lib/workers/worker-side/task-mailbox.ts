/**
 * One worker task's inbound messages (`ctx.onMessage`). Messages that arrive before the
 * first listener registers are held and handed to it in order, so a function may
 * register after an `await` without losing any; once the task ended, everything is dropped.
 *
 * @example
 * ```ts
 * const box = new TaskMailbox();
 * box.deliver(['a', 'b']);
 * box.listen((m) => console.log(m)); // logs a, b
 * ```
 */
export class TaskMailbox {
  #held: unknown[] = [];
  readonly #listeners = new Set<(message: unknown) => void>();
  #closed = false;

  deliver(values: readonly unknown[]): void {
    if (this.#closed) return;
    if (this.#listeners.size === 0) {
      for (const v of values) this.#held.push(v);
      return;
    }
    for (const v of values) for (const listener of this.#listeners) listener(v);
  }

  /** Adds a listener; returns the function that removes it. */
  listen(listener: (message: unknown) => void): () => void {
    if (this.#closed) return () => {};
    this.#listeners.add(listener);
    if (this.#held.length > 0) {
      const held = this.#held;
      this.#held = [];
      this.deliver(held);
    }
    return () => void this.#listeners.delete(listener);
  }

  /** The task ended: later messages are dropped, listeners released. */
  close(): void {
    this.#closed = true;
    this.#held = [];
    this.#listeners.clear();
  }
}
