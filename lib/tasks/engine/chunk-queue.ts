/** Items per chunk: 32 kB of pointers, below V8's large-object size. */
const CHUNK = 4096;

/**
 * A first-in-first-out queue kept in fixed-size chunks. One growing array of 100k
 * entries is copied each time it outgrows its capacity, ever larger copies allocated
 * outside the young generation, and taking from its front needs an occasional slice to
 * give the memory back; measured on Node 20, a push into such an array costs about twice
 * a push into a chunk. Chunks are dropped from the front whole once taken.
 *
 * @example
 * ```ts
 * const q = new ChunkQueue<string>();
 * q.push('a'); q.push('b');
 * q.shift(); // 'a'
 * ```
 */
export class ChunkQueue<T> {
  /** `chunks[0]` is the head chunk; only the last one may be partly filled. */
  // TS private, not #: the spec checks that used-up chunks are given back
  private chunks: (T | undefined)[][] = [[]];
  /** The position of the next item in the head chunk. */
  #at = 0;

  get empty(): boolean {
    return this.#at >= (this.chunks[0] as (T | undefined)[]).length;
  }

  push(item: T): void {
    let tail = this.chunks[this.chunks.length - 1] as (T | undefined)[];
    if (tail.length >= CHUNK) this.chunks.push((tail = []));
    tail.push(item);
  }

  /** The next item, left in the queue (undefined when empty). */
  peek(): T | undefined {
    return (this.chunks[0] as (T | undefined)[])[this.#at];
  }

  /** Takes the next item (undefined when empty). */
  shift(): T | undefined {
    const head = this.chunks[0] as (T | undefined)[];
    if (this.#at >= head.length) return undefined;
    const item = head[this.#at];
    head[this.#at++] = undefined;
    if (this.#at === head.length) {
      // the head chunk is used up: drop it, or empty it when it is the only one
      if (this.chunks.length > 1) this.chunks.shift();
      else head.length = 0;
      this.#at = 0;
    }
    return item;
  }

  clear(): void {
    this.chunks = [[]];
    this.#at = 0;
  }
}
