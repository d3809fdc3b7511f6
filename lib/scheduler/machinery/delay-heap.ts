import type { Queueable } from './action-queue.js';

/** One delayed entry; `index` is its slot in the heap, -1 once removed. */
export interface HeapEntry<A> {
  readonly item: A;
  readonly due: number;
  readonly token: number;
  index: number;
}

/**
 * A binary min-heap of delayed work ordered by due time, then token (first in, first
 * out). Entries know their slot, so a cancelled entry is removed at once in O(log n)
 * instead of lingering until its due time.
 *
 * @example
 * ```ts
 * const heap = new DelayHeap<FrameAction<unknown>>();
 * const entry = heap.push(action, now + 100, action.token);
 * heap.remove(entry);
 * ```
 */
export class DelayHeap<A extends Queueable> {
  readonly #heap: HeapEntry<A>[] = [];

  peek(): HeapEntry<A> | undefined {
    return this.#heap[0];
  }

  push(item: A, due: number, token: number): HeapEntry<A> {
    const entry: HeapEntry<A> = { item, due, token, index: this.#heap.length };
    this.#heap.push(entry);
    this.#up(entry.index);
    return entry;
  }

  remove(entry: HeapEntry<A>): void {
    const at = entry.index;
    if (at < 0 || this.#heap[at] !== entry) return;
    const last = this.#heap.pop() as HeapEntry<A>;
    entry.index = -1;
    if (last === entry) return;
    this.#heap[at] = last;
    last.index = at;
    this.#down(at);
    this.#up(last.index);
  }

  /** How many entries are due at `time` (walks only the due part of the heap). */
  countDue(time: number, at = 0): number {
    const entry = this.#heap[at];
    if (!entry || entry.due > time) return 0;
    return 1 + this.countDue(time, 2 * at + 1) + this.countDue(time, 2 * at + 2);
  }

  clear(): void {
    for (const entry of this.#heap) entry.index = -1;
    this.#heap.length = 0;
  }

  #less(a: HeapEntry<A>, b: HeapEntry<A>): boolean {
    return a.due < b.due || (a.due === b.due && a.token < b.token);
  }

  #up(at: number): void {
    const entry = this.#heap[at] as HeapEntry<A>;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.#heap[parentAt] as HeapEntry<A>;
      if (!this.#less(entry, parent)) break;
      this.#place(parent, at);
      at = parentAt;
    }
    this.#place(entry, at);
  }

  #down(at: number): void {
    const entry = this.#heap[at] as HeapEntry<A>;
    const n = this.#heap.length;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && this.#less(this.#heap[right]!, this.#heap[left]!) ? right : left;
      const childEntry = this.#heap[child] as HeapEntry<A>;
      if (!this.#less(childEntry, entry)) break;
      this.#place(childEntry, at);
      at = child;
    }
    this.#place(entry, at);
  }

  #place(entry: HeapEntry<A>, at: number): void {
    this.#heap[at] = entry;
    entry.index = at;
  }
}
