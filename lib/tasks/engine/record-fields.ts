/**
 * The seven booleans of a task record (one bit each) and the fields most tasks never set
 * (gates, listener, value hook, held progress, the AbortController), behind accessors.
 * Records stay alive as long as their rows, and a 100k-row table keeps 100k of them: one
 * field for the booleans and one lazily made object for the rare fields make each record
 * about 90 bytes smaller (a third), garbage-collector work saved on every task.
 * `G` is a gate, `L` a listener (see `TaskRecord`).
 *
 * @example
 * ```ts
 * class TaskRecord<T> extends RecordFields<Gate<TaskRecord<unknown>>, TaskListener> {}
 * ```
 */
export abstract class RecordFields<G, L> {
  private flags = 0;
  private more: RareFields<G, L> | undefined = undefined;

  /** True while the body is being subscribed (its synchronous values are held). */
  get starting(): boolean {
    return (this.flags & STARTING) !== 0;
  }
  set starting(on: boolean) {
    this.flag(STARTING, on);
  }

  get hasValue(): boolean {
    return (this.flags & HAS_VALUE) !== 0;
  }
  set hasValue(on: boolean) {
    this.flag(HAS_VALUE, on);
  }

  /** A task thread's row: started regardless of `maxConcurrent` and not counted in it. */
  get exempt(): boolean {
    return (this.flags & EXEMPT) !== 0;
  }
  set exempt(on: boolean) {
    this.flag(EXEMPT, on);
  }

  /** The work reports its real start itself (`startsWhen: 'reported'`, e.g. a queued remote job). */
  get reportsStart(): boolean {
    return (this.flags & REPORTS_START) !== 0;
  }
  set reportsStart(on: boolean) {
    this.flag(REPORTS_START, on);
  }

  /** Opened work that has not reported its start yet: shown as pending, no timeout running. */
  get awaitingStart(): boolean {
    return (this.flags & AWAITING_START) !== 0;
  }
  set awaitingStart(on: boolean) {
    this.flag(AWAITING_START, on);
  }

  /** In the start queue (passed every gate). */
  get queued(): boolean {
    return (this.flags & QUEUED) !== 0;
  }
  set queued(on: boolean) {
    this.flag(QUEUED, on);
  }

  /** Set by {@link TaskRecord.resultOnly}: emitted values are the result, not progress. */
  get valuesAreResults(): boolean {
    return (this.flags & VALUES_ARE_RESULTS) !== 0;
  }

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

  /** The task's AbortSignal, made on first read (most tasks never look at it). */
  get signal(): AbortSignal {
    return (this.rare().controller ??= new AbortController()).signal;
  }

  /** Emitted values are the result, not progress (generators, worker tasks). */
  resultOnly(): void {
    this.flags |= VALUES_ARE_RESULTS;
  }

  /** Aborts the signal if anyone ever read it. */
  abort(reason: unknown): void {
    this.more?.controller?.abort(reason);
  }

  private flag(bit: number, on: boolean): void {
    this.flags = on ? this.flags | bit : this.flags & ~bit;
  }

  private rare(): RareFields<G, L> {
    return (this.more ??= {
      held: undefined,
      gates: undefined,
      gatesHeld: 0,
      listener: undefined,
      onValue: undefined,
      controller: undefined,
    });
  }
}

const STARTING = 1;
const HAS_VALUE = 2;
const EXEMPT = 4;
const REPORTS_START = 8;
const AWAITING_START = 16;
const QUEUED = 32;
const VALUES_ARE_RESULTS = 64;

interface RareFields<G, L> {
  held: unknown[] | undefined;
  gates: G[] | undefined;
  gatesHeld: number;
  listener: L | undefined;
  onValue: ((value: unknown) => void) | undefined;
  controller: AbortController | undefined;
}
