/**
 * The fields of a task record that most tasks never set (gates, listener, value hook,
 * held progress, the AbortController, the error, result waiters), behind accessors over
 * one lazily made object. Records stay alive as long as their rows and every pending
 * task's record is alive, so each field left out of the record is garbage-collector work
 * saved on every task (a scavenge copies every live record). `G` is a gate, `L` a
 * listener, `W` a waiter (see `TaskRecord`).
 *
 * @example
 * ```ts
 * class RecordFields<G, L, W> extends RareRecordFields<G, L, W> {}
 * ```
 */
export abstract class RareRecordFields<G, L, W> {
  // TS private, not #, like RecordFields' flags: per-task construction cost
  private more: RareFields<G, L, W> | undefined = undefined;

  /** Progress held while starting; reported once the start returns, unless the task already ended. */
  get held(): unknown[] | undefined {
    return this.more?.held;
  }
  set held(values: unknown[] | undefined) {
    this.rare().held = values;
  }

  /** Gates (group and pipeline concurrency) to pass, in order, before it enters the start queue. */
  get gates(): G[] | undefined {
    return this.more?.gates;
  }
  set gates(gates: G[] | undefined) {
    if (gates !== undefined || this.more !== undefined) this.rare().gates = gates;
  }

  /** How many of {@link gates} it holds a slot of. */
  get gatesHeld(): number {
    return this.more?.gatesHeld ?? 0;
  }
  set gatesHeld(n: number) {
    this.rare().gatesHeld = n;
  }

  get listener(): L | undefined {
    return this.more?.listener;
  }
  set listener(listener: L | undefined) {
    if (listener !== undefined || this.more !== undefined) this.rare().listener = listener;
  }

  /** Sees every value the body emits (`runtime.task(work, { values: true })`). */
  get onValue(): ((value: unknown) => void) | undefined {
    return this.more?.onValue;
  }
  set onValue(onValue: ((value: unknown) => void) | undefined) {
    if (onValue !== undefined || this.more !== undefined) this.rare().onValue = onValue;
  }

  /** Why it failed, was cancelled or timed out (undefined while pending, running or completed). */
  get error(): unknown {
    return this.more?.error;
  }
  set error(error: unknown) {
    if (error !== undefined || this.more !== undefined) this.rare().error = error;
  }

  /** Called with the task when it ends (one shared callback can serve many tasks). */
  get waiters(): W[] | undefined {
    return this.more?.waiters;
  }
  set waiters(waiters: W[] | undefined) {
    if (waiters !== undefined || this.more !== undefined) this.rare().waiters = waiters;
  }

  /** The task's AbortSignal, made on first read (most tasks never look at it). */
  get signal(): AbortSignal {
    return (this.rare().controller ??= new AbortController()).signal;
  }

  /** Aborts the signal if anyone ever read it. */
  abort(reason: unknown): void {
    this.more?.controller?.abort(reason);
  }

  private rare(): RareFields<G, L, W> {
    return (this.more ??= {
      held: undefined,
      gates: undefined,
      gatesHeld: 0,
      listener: undefined,
      onValue: undefined,
      controller: undefined,
      error: undefined,
      waiters: undefined,
    });
  }
}

interface RareFields<G, L, W> {
  held: unknown[] | undefined;
  gates: G[] | undefined;
  gatesHeld: number;
  listener: L | undefined;
  onValue: ((value: unknown) => void) | undefined;
  controller: AbortController | undefined;
  error: unknown;
  waiters: W[] | undefined;
}
