import { ChunkQueue } from './chunk-queue.js';

/**
 * Ids of finished tasks in the order they finished. Finish times only grow on one clock,
 * so expired entries are always at the head: the clearAfter sweep pops from the head and
 * never scans the table. The times are not kept here: `finishedAt` reads them where they
 * already are (the row's `completedAt`), which saves a second array push per task;
 * undefined (a task cleared already) counts as expired, so its entry is dropped.
 *
 * @example
 * ```ts
 * const log = new FinishedLog((id) => rows.get(id)?.completedAt);
 * log.push(id);
 * log.popExpired(now - clearAfter, (id) => clear(id));
 * ```
 */
export class FinishedLog {
  readonly #ids = new ChunkQueue<string>();

  readonly #finishedAt: (id: string) => number | undefined;

  constructor(finishedAt: (id: string) => number | undefined) {
    this.#finishedAt = finishedAt;
  }

  push(id: string): void {
    this.#ids.push(id);
  }

  /** True when the oldest entry finished at or before `cutoff` (or is gone). */
  hasExpired(cutoff: number): boolean {
    const id = this.#ids.peek();
    if (id === undefined) return false;
    const time = this.#finishedAt(id);
    return time === undefined || time <= cutoff;
  }

  /**
   * Calls `each` with every id that finished at or before `cutoff`, oldest first; stops
   * early once `more()` (asked after each id) returns false.
   */
  popExpired(cutoff: number, each: (id: string) => void, more: () => boolean = always): void {
    while (this.hasExpired(cutoff)) {
      each(this.#ids.shift() as string);
      if (!more()) break;
    }
  }

  clear(): void {
    this.#ids.clear();
  }
}

function always(): boolean {
  return true;
}
