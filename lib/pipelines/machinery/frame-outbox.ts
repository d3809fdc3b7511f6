import type { Subscription } from 'rxjs';
import type { Deliver } from '../../tasks/task-result.js';

/**
 * Items to hand to a subscriber on a frame: everything pushed before the next frame's
 * start phase goes out then, in order, with one scheduled action per frame however many
 * tasks ended (not one per task).
 *
 * @example
 * ```ts
 * const outbox = new FrameOutbox<Task>(tasks.deliver, (task) => subscriber.next(task.value));
 * outbox.push(task);
 * ```
 */
export class FrameOutbox<T> {
  #items: T[] = [];
  /** Index of the next item to hand out (items pushed while flushing go out in the same flush). */
  #next = 0;
  #scheduled: Subscription | undefined;
  #pending = false;
  #closed = false;

  readonly #deliver: Deliver;
  readonly #handle: (item: T) => void;

  constructor(deliver: Deliver, handle: (item: T) => void) {
    this.#deliver = deliver;
    this.#handle = handle;
  }

  /** Nothing waits to be handed out (counting the rest of a flush in progress). */
  get isEmpty(): boolean {
    return this.#next >= this.#items.length;
  }

  push(item: T): void {
    if (this.#closed) return;
    this.#items.push(item);
    if (this.#pending) return;
    this.#pending = true;
    this.#scheduled = this.#deliver(this.#flush);
  }

  /** Drops what is waiting (a flush in progress hands out nothing more of it) and takes more. */
  drop(): void {
    this.#items = [];
    this.#next = 0;
  }

  /** Drops what is waiting and takes nothing more (the subscriber went away or ended). */
  close(): void {
    this.#closed = true;
    this.#scheduled?.unsubscribe();
    this.#scheduled = undefined;
    this.drop();
  }

  readonly #flush = (): void => {
    this.#scheduled = undefined;
    try {
      while (!this.#closed && this.#next < this.#items.length) this.#handle(this.#items[this.#next++] as T);
    } finally {
      this.#items = [];
      this.#next = 0;
      this.#pending = false;
    }
  };
}
