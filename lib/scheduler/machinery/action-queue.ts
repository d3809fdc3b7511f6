/** What a lane queues: anything with a current scheduling token (0 = not queued). */
export interface Queueable {
  token: number;
  readonly closed: boolean;
}

const MIN_CAPACITY = 16;

/**
 * A first-in-first-out ring of (item, token, due) triples in parallel arrays (numbers in
 * typed arrays), so a push or pop allocates nothing. An entry whose item has since been re-queued under a newer
 * token, or closed, is stale and skipped by the reader. The ring doubles when full and
 * keeps its capacity when it drains, so a steady backlog re-uses the same arrays: every
 * operation is O(1) amortised however large the backlog (no `Array.shift`), and a burst
 * does not leave a trail of grown and sliced arrays for the garbage collector.
 *
 * @example
 * ```ts
 * const q = new ActionQueue<FrameAction<unknown>>();
 * q.push(action, action.token, now);
 * ```
 */
export class ActionQueue<A extends Queueable> {
  // not #private: spec/scheduler/action-queue.spec.ts checks that clear() drops references
  private items!: (A | undefined)[];
  // set by #resize(), which the constructor calls (one allocation in the bundle, not two)
  #tokens!: Float64Array;
  #dues!: Float64Array;
  #mask!: number;
  #head = 0;
  #size = 0;

  constructor() {
    this.#resize(MIN_CAPACITY);
  }

  /** Entries not yet popped, stale ones included. */
  get length(): number {
    return this.#size;
  }

  push(item: A, token: number, due: number): void {
    if (this.#size > this.#mask) this.#resize((this.#mask + 1) * 2);
    const at = (this.#head + this.#size) & this.#mask;
    this.items[at] = item;
    this.#tokens[at] = token;
    this.#dues[at] = due;
    this.#size++;
  }

  /** The token of the head entry (the head must exist). */
  headToken(): number {
    return this.#tokens[this.#head] as number;
  }

  /** How many queued entries (from the head) have a token up to `limit`; tokens ascend. */
  countUpTo(limit: number): number {
    let lo = 0;
    let hi = this.#size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#tokens[(this.#head + mid) & this.#mask] as number) <= limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The due time of the head entry (the head must exist). */
  headDue(): number {
    return this.#dues[this.#head] as number;
  }

  /** Removes the head and returns its item if still live under that token, else undefined. */
  pop(): A | undefined {
    const at = this.#head;
    const item = this.items[at];
    const token = this.#tokens[at];
    this.items[at] = undefined;
    this.#head = (at + 1) & this.#mask;
    this.#size--;
    return item !== undefined && !item.closed && item.token === token ? item : undefined;
  }

  /** Drops every entry (the capacity stays). */
  clear(): void {
    for (let i = 0; i < this.#size; i++) this.items[(this.#head + i) & this.#mask] = undefined;
    this.#head = 0;
    this.#size = 0;
  }

  /** Moves the entries into arrays of `capacity` (a power of two), unwrapping the ring so the head lands at slot 0. */
  #resize(capacity: number): void {
    const items = new Array<A | undefined>(capacity).fill(undefined);
    const tokens = new Float64Array(capacity);
    const dues = new Float64Array(capacity);
    for (let i = 0; i < this.#size; i++) {
      const at = (this.#head + i) & this.#mask;
      items[i] = this.items[at];
      tokens[i] = this.#tokens[at] as number;
      dues[i] = this.#dues[at] as number;
    }
    this.items = items;
    this.#tokens = tokens;
    this.#dues = dues;
    this.#head = 0;
    this.#mask = capacity - 1;
  }
}
