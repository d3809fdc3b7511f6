/** What a lane queues: anything with a current scheduling token (0 = not queued). */
export interface Queueable {
  token: number;
  readonly closed: boolean;
}

const COMPACT_AT = 1024;

/**
 * A first-in-first-out queue of (item, token, due) triples in parallel arrays, so a
 * push or pop allocates nothing. An entry whose item has since been re-queued under a
 * newer token, or closed, is stale and skipped by the reader. Popped slots are
 * reclaimed in bulk when the head passes half the array, which keeps every operation
 * O(1) amortised however large the backlog (no `Array.shift`).
 *
 * @example
 * ```ts
 * const q = new ActionQueue<FrameAction<unknown>>();
 * q.push(action, action.token, now);
 * ```
 */
export class ActionQueue<A extends Queueable> {
  private items: (A | undefined)[] = [];
  private tokens: number[] = [];
  private dues: number[] = [];
  private head = 0;

  /** Entries not yet popped, stale ones included. */
  get length(): number {
    return this.items.length - this.head;
  }

  push(item: A, token: number, due: number): void {
    this.items.push(item);
    this.tokens.push(token);
    this.dues.push(due);
  }

  /** The token of the head entry (the head must exist). */
  headToken(): number {
    return this.tokens[this.head] as number;
  }

  /** How many queued entries (from the head) have a token up to `limit`; tokens ascend. */
  countUpTo(limit: number): number {
    let lo = this.head;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.tokens[mid] as number) <= limit) lo = mid + 1;
      else hi = mid;
    }
    return lo - this.head;
  }

  /** The due time of the head entry (the head must exist). */
  headDue(): number {
    return this.dues[this.head] as number;
  }

  /** Removes the head and returns its item if still live under that token, else undefined. */
  pop(): A | undefined {
    const item = this.items[this.head];
    const token = this.tokens[this.head];
    this.items[this.head] = undefined;
    this.head++;
    if (this.head >= COMPACT_AT && this.head * 2 >= this.items.length) this.compact();
    return item !== undefined && !item.closed && item.token === token ? item : undefined;
  }

  /** Drops every entry. */
  clear(): void {
    this.items = [];
    this.tokens = [];
    this.dues = [];
    this.head = 0;
  }

  private compact(): void {
    this.items = this.items.slice(this.head);
    this.tokens = this.tokens.slice(this.head);
    this.dues = this.dues.slice(this.head);
    this.head = 0;
  }
}
