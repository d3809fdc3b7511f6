/**
 * What the queue orders: higher `priority` first, then lower `seq` (first in, first out).
 * Entries whose `queued` turns false are skipped lazily.
 *
 * @example
 * ```ts
 * const item: Queued = { priority: 1, seq: 7, queued: true };
 * ```
 */
export interface Queued {
  readonly priority: number;
  readonly seq: number;
  readonly queued: boolean;
}

/**
 * A binary heap of waiting worker tasks in priority, then FIFO order. Cancelled entries
 * stay until they reach the top, so cancelling is O(1).
 *
 * @example
 * ```ts
 * const queue = new TaskQueue<Job>();
 * queue.push(job);
 * const next = queue.peek(); // highest priority, oldest first
 * ```
 */
export class TaskQueue<T extends Queued> {
  readonly #heap: T[] = [];

  push(item: T): void {
    const heap = this.#heap;
    let i = heap.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!runsBefore(item, heap[parent] as T)) break;
      heap[i] = heap[parent] as T;
      i = parent;
    }
    heap[i] = item;
  }

  /** The next live entry, without removing it. */
  peek(): T | undefined {
    while (this.#heap.length > 0 && !(this.#heap[0] as T).queued) this.pop();
    return this.#heap[0];
  }

  pop(): T | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) this.#sink(last);
    return top;
  }

  /** Every entry, live or not, in heap order: read without a copy (`pool.stats` may be read every frame). */
  entries(): readonly T[] {
    return this.#heap;
  }

  #sink(item: T): void {
    const heap = this.#heap;
    const n = heap.length;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && runsBefore(heap[right] as T, heap[child] as T)) child = right;
      if (!runsBefore(heap[child] as T, item)) break;
      heap[i] = heap[child] as T;
      i = child;
    }
    heap[i] = item;
  }
}

/**
 * Queue order: true when `a` runs before `b` (higher priority, then lower `seq`).
 *
 * @example
 * ```ts
 * runsBefore({ priority: 1, seq: 9, queued: true }, { priority: 0, seq: 1, queued: true }); // true
 * ```
 */
export function runsBefore(a: Queued, b: Queued): boolean {
  return a.priority !== b.priority ? a.priority > b.priority : a.seq < b.seq;
}
