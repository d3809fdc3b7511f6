import type { Subscription } from 'rxjs';
import type { Gate } from './admission/gate.js';
import type { TaskEvent } from './task-event.js';
import type { RowSlot } from './store/row-slot.js';
import type { StartMode } from './engine/start-work.js';
import type { TaskRow } from './task-row.js';
import type { TaskContext, TaskStatus } from './task-types.js';

/** What a task's context reports to. */
export interface ProgressSink {
  progress(task: TaskRecord<unknown>, value: unknown): void;
  admit(task: TaskRecord<unknown>): void;
  meta(task: TaskRecord<unknown>, patch: Readonly<Record<string, unknown>>): void;
  reportStart(task: TaskRecord<unknown>): void;
}

/**
 * Follows one task's lifecycle events as they are emitted (a task group's live state).
 *
 * @example
 * ```ts
 * record.listener = { onEvent: (task, e) => counts[e.type]++ };
 * ```
 */
export interface TaskListener {
  onEvent(task: TaskRecord<unknown>, event: TaskEvent): void;
}

/**
 * The manager's mutable state of one task, and the {@link TaskContext} its body gets. The
 * AbortController is created on the first read of `signal`: most tasks never look at it
 * and it is the most expensive object a task could allocate.
 *
 * @example
 * ```ts
 * const task = new TaskRecord(id, body, 'body', 0, undefined, sink);
 * body(task); // the record is the context
 * ```
 */
export class TaskRecord<T> implements TaskContext, RowSlot {
  status: TaskStatus = 'pending';
  /** The body's subscription while running. */
  subscription: Subscription | undefined = undefined;
  /** The scheduled timeout while running. */
  timer: Subscription | undefined = undefined;
  value: T | undefined = undefined;
  error: unknown = undefined;
  /** Called once when the task reaches a terminal status (result observers). */
  waiters: (() => void)[] | undefined = undefined;
  /**
   * The boolean fields below, one bit each. Records stay alive as long as their rows, and
   * a 100k-row table keeps 100k of them: seven booleans in one field and the rarely set
   * fields in {@link TaskRecord.more} make each record about 90 bytes (a third) smaller,
   * which is garbage-collector work saved on every task.
   */
  private flags = 0;
  /** Fields most tasks never set (gates, listeners, held progress, the AbortController). */
  private more: RareFields | undefined = undefined;
  /** The table store's slot for this task's row (see {@link RowSlot}): one map serves both. */
  row: TaskRow | undefined = undefined;
  pos = -1;
  runAt = -1;
  draftOf = -1;

  constructor(
    readonly id: string,
    /** The work; dropped once started so finished tasks retain nothing of it. */
    public work: unknown,
    /** How {@link work} starts (see {@link openWork}). */
    readonly mode: StartMode,
    public priority: number,
    readonly timeout: number | undefined,
    private readonly sink: ProgressSink,
  ) {}

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
  get gates(): Gate<TaskRecord<unknown>>[] | undefined {
    return this.more?.gates;
  }
  set gates(gates: Gate<TaskRecord<unknown>>[] | undefined) {
    if (gates !== undefined || this.more !== undefined) this.rare().gates = gates;
  }

  /** How many of {@link gates} it holds a slot of. */
  get gatesHeld(): number {
    return this.more?.gatesHeld ?? 0;
  }
  set gatesHeld(n: number) {
    this.rare().gatesHeld = n;
  }

  get listener(): TaskListener | undefined {
    return this.more?.listener;
  }
  set listener(listener: TaskListener | undefined) {
    if (listener !== undefined || this.more !== undefined) this.rare().listener = listener;
  }

  /** Sees every value the body emits (`runtime.task(work, { values: true })`). */
  get onValue(): ((value: unknown) => void) | undefined {
    return this.more?.onValue;
  }
  set onValue(onValue: ((value: unknown) => void) | undefined) {
    if (onValue !== undefined || this.more !== undefined) this.rare().onValue = onValue;
  }

  /** Still waiting in the pending queue. */
  get waiting(): boolean {
    return this.status === 'pending';
  }

  get signal(): AbortSignal {
    return (this.rare().controller ??= new AbortController()).signal;
  }

  progress(value: unknown): void {
    if (this.status !== 'running') return;
    if (this.starting) (this.held ??= []).push(value);
    else this.sink.progress(this as TaskRecord<unknown>, value);
  }

  resultOnly(): void {
    this.flags |= VALUES_ARE_RESULTS;
  }

  setMeta(patch: Readonly<Record<string, unknown>>): void {
    if (this.status === 'running') this.sink.meta(this as TaskRecord<unknown>, patch);
  }

  admitted(): void {
    this.gatesHeld++;
    this.sink.admit(this as TaskRecord<unknown>);
  }

  started(): void {
    if (this.awaitingStart && this.status === 'running') this.sink.reportStart(this as TaskRecord<unknown>);
  }

  /** Aborts the signal if anyone ever read it. */
  abort(reason: unknown): void {
    this.more?.controller?.abort(reason);
  }

  private flag(bit: number, on: boolean): void {
    this.flags = on ? this.flags | bit : this.flags & ~bit;
  }

  private rare(): RareFields {
    return (this.more ??= {
      held: undefined,
      gates: undefined,
      gatesHeld: 0,
      listener: undefined,
      onValue: undefined,
      controller: undefined,
    });
  }

  /** Runs and forgets the waiters. */
  notify(): void {
    const waiters = this.waiters;
    this.waiters = undefined;
    if (waiters) for (const w of waiters) w();
  }
}

const STARTING = 1;
const HAS_VALUE = 2;
const EXEMPT = 4;
const REPORTS_START = 8;
const AWAITING_START = 16;
const QUEUED = 32;
const VALUES_ARE_RESULTS = 64;

/** The fields of a {@link TaskRecord} most tasks never set. */
interface RareFields {
  held: unknown[] | undefined;
  gates: Gate<TaskRecord<unknown>>[] | undefined;
  gatesHeld: number;
  listener: TaskListener | undefined;
  onValue: ((value: unknown) => void) | undefined;
  controller: AbortController | undefined;
}
