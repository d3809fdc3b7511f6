/**
 * Issues task ids and finds tasks by id without hashing. An id is a random prefix per
 * index (six characters of a 64-letter alphabet, from `crypto.getRandomValues`, as a
 * nanoid of that length) plus a base-36 sequence number: unique across managers and
 * processes, while a task costs a counter increment instead of a random id (about 1 µs).
 * Because the sequence numbers only grow, tasks live in a dense array indexed by
 * `sequence - base`: adding is a push and a lookup parses the number, where a Map of
 * 100k string keys costs a hash insert and cache misses per task. Removed tasks leave
 * holes; once the holes at the front are at least half the array they are cut off.
 *
 * @example
 * ```ts
 * const index = new TaskIndex<Task>();
 * const task = makeTask(index.nextId()); // 'V1StGX-0'
 * index.add(task);
 * index.get('V1StGX-0') === task;
 * ```
 */
export class TaskIndex<T extends { readonly id: string }> {
  readonly #prefix = `${randomPrefix()}-`;
  #seq = 0;
  /** The id's part before its last base-36 digit (see {@link nextId}). */
  #stem = this.#prefix;
  // TS private, not #: the spec checks the array stays short
  private items: (T | undefined)[] = [];
  /** The sequence number of `items[0]`. */
  #base = 0;
  /** Index of the first item still present. */
  #head = 0;
  #count = 0;
  /** Long-lived items moved out of a mostly empty array (all older than `base`). */
  readonly #stragglers = new Map<string, T>();

  /** Items present. */
  get size(): number {
    return this.#count;
  }

  /**
   * A new id; the item made with it must be {@link add}ed before the next call. The
   * prefix and all base-36 digits but the last are one string made once per 36 ids, so an
   * id costs a concatenation with a one-character string, not `Number#toString(36)`
   * (a call into the runtime) and two new strings.
   */
  nextId(): string {
    const seq = this.#seq++;
    const last = seq % 36;
    if (last === 0 && seq > 0) this.#stem = this.#prefix + (seq / 36).toString(36);
    return this.#stem + (DIGITS[last] as string);
  }

  /** Adds the item made with the id {@link nextId} returned last. */
  add(item: T): void {
    // Ids skipped without an add (an item that failed to build) leave holes.
    while (this.items.length < this.#seq - 1 - this.#base) this.items.push(undefined);
    this.items.push(item);
    this.#count++;
  }

  get(id: string): T | undefined {
    if (typeof id !== 'string' || !id.startsWith(this.#prefix)) return undefined;
    const at = this.#seqOf(id) - this.#base;
    if (at < 0) return this.#stragglers.get(id);
    const item = this.items[at];
    return item !== undefined && item.id === id ? item : undefined;
  }

  /** Removes the item with this id (if present). */
  delete(id: string): void {
    const at = this.#seqOf(id) - this.#base;
    if (at < 0) {
      if (this.#stragglers.delete(id)) this.#count--;
      return;
    }
    if (this.items[at]?.id !== id) return;
    this.items[at] = undefined;
    this.#count--;
    while (this.#head < this.items.length && this.items[this.#head] === undefined) this.#head++;
    if (this.#head >= 1024 && this.#head * 2 >= this.items.length) this.#trim();
    else if (this.items.length - this.#head >= 4096 && this.#arrayCount() * 8 <= this.items.length - this.#head)
      this.#spill();
  }

  /** The items present, in the order they were added. */
  *values(): IterableIterator<T> {
    yield* [...this.#stragglers.values()];
    for (const item of this.items.slice(this.#head)) if (item !== undefined) yield item;
  }

  #arrayCount(): number {
    return this.#count - this.#stragglers.size;
  }

  /**
   * A few long-lived items (a server task, a task thread) would otherwise keep the array
   * from being cut, at 8 bytes per later task: once the array is mostly holes, its
   * remaining items move to a Map and the array starts afresh.
   */
  #spill(): void {
    for (let i = this.#head; i < this.items.length; i++) {
      const item = this.items[i];
      if (item !== undefined) this.#stragglers.set(item.id, item);
    }
    this.#base += this.items.length;
    this.items = [];
    this.#head = 0;
  }

  /** The sequence number in an id (-1 when malformed), read without slicing the string. */
  #seqOf(id: string): number {
    let n = 0;
    for (let i = this.#prefix.length; i < id.length; i++) {
      const c = id.charCodeAt(i);
      const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1;
      if (digit < 0) return -1;
      n = n * 36 + digit;
    }
    return id.length > this.#prefix.length ? n : -1;
  }

  #trim(): void {
    this.items = this.items.slice(this.#head);
    this.#base += this.#head;
    this.#head = 0;
  }
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** 64 letters, so a random byte's low six bits pick one without bias (nanoid's URL-safe set). */
const LETTERS = `${DIGITS}ABCDEFGHIJKLMNOPQRSTUVWXYZ_-`;

/**
 * Six random letters: ~6.9e10 prefixes. Kept at six so a prefix, its dash and four base-36
 * digits (1.7M tasks) stay under the 13 characters at which V8 makes a concatenation a
 * rope instead of a flat string.
 */
function randomPrefix(): string {
  let prefix = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(6))) prefix += LETTERS[byte & 63] as string;
  return prefix;
}
