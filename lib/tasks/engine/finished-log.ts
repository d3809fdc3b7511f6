/**
 * Ids of finished tasks in the order they finished, with their finish times. Times only
 * grow on one clock, so expired entries are always at the head: the clearAfter sweep
 * pops from the head and never scans the table.
 *
 * @example
 * ```ts
 * log.push(id, now);
 * log.popExpired(now - clearAfter, (id) => clear(id));
 * ```
 */
export class FinishedLog {
  private ids: (string | undefined)[] = [];
  private times: number[] = [];
  private head = 0;

  push(id: string, time: number): void {
    this.ids.push(id);
    this.times.push(time);
  }

  /** True when the oldest entry finished at or before `cutoff`. */
  hasExpired(cutoff: number): boolean {
    return this.head < this.ids.length && (this.times[this.head] as number) <= cutoff;
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
    this.times = [];
    this.head = 0;
  }

  private compact(): void {
    this.ids = this.ids.slice(this.head);
    this.times = this.times.slice(this.head);
    this.head = 0;
  }
}

function always(): boolean {
  return true;
}
