/**
 * A worker's queued run commands, flat (id, name, args: no array per task), in arrival
 * order. Dropping a task (cancelled or given back) overwrites its id with -1 (ids are
 * positive); it is skipped when reached.
 *
 * @example
 * ```ts
 * const queue = new RunQueue();
 * queue.push(7, 'build', [params]);
 * if (queue.next()) run(queue.id, queue.name, queue.args);
 * ```
 */
export class RunQueue {
  #items: unknown[] = [];
  #head = 0;
  /** The task {@link next} took. */
  id = 0;
  name = '';
  args: readonly unknown[] = [];

  /** No entry left (dropped ones not yet reached count as entries). */
  get empty(): boolean {
    return this.#head >= this.#items.length;
  }

  push(id: unknown, name: unknown, args: unknown): void {
    this.#items.push(id, name, args);
  }

  /** Whether the task waits here, not dropped. */
  has(id: number): boolean {
    return this.#items.indexOf(id, this.#head) >= 0;
  }

  /** Drops a waiting task; false if it does not wait here. */
  drop(id: number): boolean {
    const at = this.#items.indexOf(id, this.#head);
    if (at >= 0) this.#items[at] = -1;
    return at >= 0;
  }

  /** Takes the next task that was not dropped into `id`, `name`, `args`; false when none is left. */
  next(): boolean {
    while (this.#head < this.#items.length) {
      const q = this.#items;
      const at = this.#head;
      this.#head += 3;
      if (this.#head === q.length) {
        this.#items = [];
        this.#head = 0;
      }
      const id = q[at] as number;
      if (id < 0) continue;
      this.id = id;
      this.name = q[at + 1] as string;
      this.args = q[at + 2] as readonly unknown[];
      return true;
    }
    return false;
  }
}
