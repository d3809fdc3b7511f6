import type { Subscription } from 'rxjs';
import type { Gate } from './admission/gate.js';
import type { TaskEvent } from './task-event.js';
import type { RowSlot } from './store/row-slot.js';
import type { StartMode } from './engine/start-work.js';
import type { TaskRow } from './task-row.js';
import type { TaskContext, TaskStatus } from './task-types.js';
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
export class TaskRecord<T>
  extends RecordFields<Gate<TaskRecord<unknown>>, TaskListener>
  implements TaskContext, RowSlot
{
  status: TaskStatus = 'pending';
  /** The body's subscription while running. */
  subscription: Subscription | undefined = undefined;
  /** The scheduled timeout while running. */
  timer: Subscription | undefined = undefined;
  value: T | undefined = undefined;
  error: unknown = undefined;
  /** Called once when the task reaches a terminal status (result observers). */
  /** Called with the task when it ends (one shared callback can serve many tasks). */
  waiters: ((task: TaskRecord<unknown>) => void)[] | undefined = undefined;
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
  ) {
    super();
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
