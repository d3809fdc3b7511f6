import type { Subscription } from 'rxjs';
import type { Gate } from './admission/gate.js';
import type { TaskEvent } from './task-event.js';
import type { RowSlot } from './store/row-slot.js';
import type { StartMode } from './engine/start-work.js';
import type { TaskRow } from './task-row.js';
import type { TaskContext } from './task-types.js';
import { RecordFields } from './engine/record-fields.js';

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

/** Called with a task when it ends (see {@link TaskRecord.notify}). */
export type Waiter = (task: TaskRecord<unknown>) => void;

/**
 * The manager's mutable state of one task, and the {@link TaskContext} its body gets. The
 * AbortController is created on the first read of `signal`: most tasks never look at it
 * and it is the most expensive object a task could allocate. Status, start mode and flags
 * share one field, and what most tasks never set lives in one lazily made object (see
 * {@link RecordFields}): every pending task's record is alive, so its size is paid in
 * garbage-collector work on every task.
 *
 * @example
 * ```ts
 * const task = new TaskRecord(id, body, 'body', 0, undefined, sink);
 * body(task); // the record is the context
 * ```
 */
export class TaskRecord<T>
  extends RecordFields<Gate<TaskRecord<unknown>>, TaskListener, Waiter>
  implements TaskContext, RowSlot
{
  /** The body's subscription while running. */
  subscription: Subscription | undefined = undefined;
  /** The scheduled timeout while running. */
  timer: Subscription | undefined = undefined;
  value: T | undefined = undefined;
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
    mode: StartMode,
    public priority: number,
    readonly timeout: number | undefined,
    // TS private, not #: made once per task (see RecordFields' flags)
    private readonly sink: ProgressSink,
  ) {
    super(mode);
  }

  /** Still waiting in the pending queue. */
  get waiting(): boolean {
    return this.status === 'pending';
  }

  progress(value: unknown): void {
    if (this.status !== 'running') return;
    if (this.starting) (this.held ??= []).push(value);
    else this.sink.progress(this as TaskRecord<unknown>, value);
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

  /** Runs and forgets the waiters. */
  notify(): void {
    const waiters = this.waiters;
    this.waiters = undefined;
    if (waiters) for (const w of waiters) w(this as TaskRecord<unknown>);
  }
}
