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
  private ids: (string | undefined)[] = [];
  private head = 0;

  constructor(private readonly finishedAt: (id: string) => number | undefined) {}

  push(id: string): void {
    this.ids.push(id);
  }

  /** True when the oldest entry finished at or before `cutoff` (or is gone). */
  hasExpired(cutoff: number): boolean {
    if (this.head >= this.ids.length) return false;
    const time = this.finishedAt(this.ids[this.head] as string);
    return time === undefined || time <= cutoff;
  }

  /**
   * Calls `each` with every id that finished at or before `cutoff`, oldest first; stops
   * early once `more()` (asked after each id) returns false.
   */
  popExpired(cutoff: number, each: (id: string) => void, more: () => boolean = always): void {
    while (this.hasExpired(cutoff)) {
      const id = this.ids[this.head] as string;
      this.ids[this.head++] = undefined;
      each(id);
      if (!more()) break;
    }
    if (this.head >= 1024 && this.head * 2 >= this.ids.length) this.compact();
  }

  clear(): void {
    this.ids = [];
    this.head = 0;
  }

  private compact(): void {
    this.ids = this.ids.slice(this.head);
    this.head = 0;
  }
}

function always(): boolean {
  return true;
}
