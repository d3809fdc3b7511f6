/** What a {@link Gate} admits: a task that may stop waiting (cancelled) before its turn. */
export interface Gated {
  readonly waiting: boolean;
  /** Called when its turn in the line comes (it now holds a slot). */
  admitted(): void;
}

/**
 * A counting semaphore with a FIFO line, in front of the start queue: a task group's
 * shared `concurrency`, or a pipeline's own (concatTask is a gate of 1). A task holds a
 * slot from its admission until it ends, whether it is pending in the start queue or
 * running, so the start queue never holds more than the gate allows. Tasks that stop
 * waiting (cancelled in line) are skipped when they reach the head.
 *
 * @example
 * ```ts
 * const gate = new Gate<Task>(2);
 * if (gate.enter(task)) startOrQueue(task); // else task.admitted() is called on its turn
 * gate.leave(); // a slot is free: the next in line is admitted
 * ```
 */
export class Gate<T extends Gated> {
  #active = 0;
  #line: (T | undefined)[] = [];
  #head = 0;

  constructor(readonly concurrency: number) {}

  /** Takes a slot (true), or joins the line (false: `admit` is called on its turn). */
  enter(item: T): boolean {
    this.#dropCancelled();
    if (this.#active < this.concurrency && this.#head === this.#line.length) {
      this.#active++;
      return true;
    }
    this.#line.push(item);
    return false;
  }

  /** Gives back a slot and admits the next one still waiting in line. */
  leave(): void {
    this.#active--;
    this.#admitWaiting();
  }

  /**
   * Cancelled tasks at the head of the line. A line with live tasks implies a full gate
   * (slots are only freed by leave(), which drains the line), so only the head matters.
   */
  #dropCancelled(): void {
    while (this.#head < this.#line.length && !(this.#line[this.#head] as T).waiting)
      this.#line[this.#head++] = undefined;
    if (this.#head === this.#line.length && this.#head > 0) {
      this.#line = [];
      this.#head = 0;
    }
  }

  #admitWaiting(): void {
    while (this.#active < this.concurrency && this.#head < this.#line.length) {
      const next = this.#line[this.#head];
      this.#line[this.#head++] = undefined;
      if (this.#head === this.#line.length) {
        this.#line = [];
        this.#head = 0;
      }
      if (next === undefined || !next.waiting) continue;
      this.#active++;
      next.admitted();
    }
  }
}
