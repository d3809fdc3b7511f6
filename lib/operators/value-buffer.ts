const COMPACT_AT = 1024;

/**
 * A first-in-first-out buffer with O(1) amortised push and shift and no per-value
 * allocation: a head index walks the array and read slots are reclaimed in bulk, so a
 * backlog of 100k values costs the same per value as a backlog of ten (`Array.shift`
 * would move every remaining value on each read).
 *
 * @example
 * ```ts
 * const buffer = new ValueBuffer<number>();
 * buffer.push(1);
 * buffer.shift(); // 1
 * ```
 */
export class ValueBuffer<T> {
  // #private: a bundler shortens only # names, and this file is part of the scheduler-only bundle
  #items: (T | undefined)[] = [];
  #head = 0;

  get length(): number {
    return this.#items.length - this.#head;
  }

  push(value: T): void {
    this.#items.push(value);
  }

  /** The oldest value (the buffer must not be empty). */
  peek(): T {
    return this.#items[this.#head] as T;
  }

  /** Removes and returns the oldest value (the buffer must not be empty). */
  shift(): T {
    const items = this.#items;
    const value = items[this.#head] as T;
    items[this.#head++] = undefined;
    if (this.#head === items.length) this.clear();
    else if (this.#head >= COMPACT_AT && this.#head * 2 >= items.length) {
      this.#items = items.slice(this.#head);
      this.#head = 0;
    }
    return value;
  }

  clear(): void {
    this.#items.length = 0;
    this.#head = 0;
  }
}
