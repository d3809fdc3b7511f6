import { ChunkQueue } from './chunk-queue.js';

/** What the queue holds: an item with a priority and a still-pending flag. */
export interface Queued {
  readonly priority: number;
  readonly waiting: boolean;
}

/**
 * Pending tasks by priority (highest first), first-in-first-out within a priority.
 * One FIFO bucket per distinct priority plus a sorted list of the priorities: push and
 * pop are O(1) for a known priority (a new priority costs a binary search and an insert
 * into the short list of distinct priorities), never O(queue length). Cancelled items are
 * skipped lazily when they reach the head.
 *
 * @example
 * ```ts
 * const q = new PendingQueue<Task>();
 * q.push(task); const next = q.pop();
 * ```
 */
export class PendingQueue<T extends Queued> {
  readonly #buckets = new Map<number, ChunkQueue<T>>();
  readonly #priorities: number[] = []; // descending

  push(item: T): void {
    let bucket = this.#buckets.get(item.priority);
    if (bucket === undefined) {
      bucket = new ChunkQueue<T>();
      this.#buckets.set(item.priority, bucket);
      this.#insertPriority(item.priority);
    }
    bucket.push(item);
  }

  /** The next waiting item, or undefined when none is left. */
  pop(): T | undefined {
    while (this.#priorities.length > 0) {
      const priority = this.#priorities[0] as number;
      const bucket = this.#buckets.get(priority) as ChunkQueue<T>;
      const item = bucket.shift();
      // an item whose priority changed since it was queued is queued again under the new one
      if (item !== undefined && item.waiting && item.priority === priority) return item;
      if (bucket.empty) {
        this.#buckets.delete(priority);
        this.#priorities.shift();
      }
    }
    return undefined;
  }

  clear(): void {
    this.#buckets.clear();
    this.#priorities.length = 0;
  }

  #insertPriority(p: number): void {
    let lo = 0;
    let hi = this.#priorities.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#priorities[mid] as number) > p) lo = mid + 1;
      else hi = mid;
    }
    this.#priorities.splice(lo, 0, p);
  }
}
