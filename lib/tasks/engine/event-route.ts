import { Subject } from '../../rx.js';
import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';
import type { TaskEvent } from '../task-event.js';
import type { TaskRecord } from '../task-record.js';
import { TaskTable } from '../task-table.js';
import type { SlotIndex } from '../store/row-slot.js';
import { ScratchEvents } from './scratch-events.js';

type Task = TaskRecord<unknown>;

/**
 * Where a task's lifecycle events go, in order: the table folds each one first (what
 * subscribing it first to `events` did, minus a Subject and an operator hop per event),
 * then the task's listener, then `events` observers, if any. When nobody but the
 * table sees a task's events ({@link quiet}), they are reused {@link scratch} objects.
 * It also makes the events a running task reports on its own (progress, meta).
 *
 * The base of {@link TaskEngine}: the engine emits through its own methods, so an event
 * costs no hop through a second object (one in every task's submit, start and end).
 *
 * @example
 * ```ts
 * class Engine extends EventRoute {}
 * const engine = new Engine(scheduler, sweep, new MapSlotIndex());
 * engine.progress(task, 0.5);
 * ```
 */
export class EventRoute {
  readonly events = new Subject<TaskEvent>();
  /** Reused event objects for tasks whose events only the table sees (see {@link quiet}). */
  readonly scratch = new ScratchEvents();

  /** The live table, folded in emission order (see {@link TaskTable.fold}). */
  readonly table: TaskTable;

  /** `beforeSnapshot` and `slots` are the table's (see {@link TaskTable}). */
  constructor(
    readonly scheduler: FrameScheduler,
    beforeSnapshot: () => void,
    slots: SlotIndex,
  ) {
    this.table = new TaskTable(undefined, scheduler, beforeSnapshot, slots);
  }

  /** True when nobody but the table will see the task's next event, so it may be a {@link scratch} one. */
  quiet(task: Task): boolean {
    return !this.events.observed && task.listener === undefined;
  }

  emit(task: Task, event: TaskEvent): void {
    this.table.fold(task, event);
    // the listener (a group's tally, no user code) before the observers, which may cancel the
    // task at once: it then sees `submitted` before `cancelled`, like the table
    task.listener?.onEvent(task, event);
    if (this.events.observed) this.events.next(event);
  }

  /** The task started at `time`. */
  started(task: Task, time: number): void {
    this.emit(task, this.quiet(task) ? this.scratch.started(task.id, time) : { type: 'started', id: task.id, time });
  }

  progress(task: Task, value: unknown): void {
    this.emit(task, { type: 'progress', id: task.id, time: this.scheduler.now(), progress: value });
  }

  meta(task: Task, patch: Readonly<Record<string, unknown>>): void {
    this.emit(task, { type: 'meta', id: task.id, time: this.scheduler.now(), meta: patch });
  }
}
