import { Subject } from '../../rx.js';
import type { TaskEvent } from '../task-event.js';
import type { TaskRecord } from '../task-record.js';
import type { TaskTable } from '../task-table.js';
import { ScratchEvents } from './scratch-events.js';

type Task = TaskRecord<unknown>;

/**
 * Where a task's lifecycle events go, in order: the table folds each one first (what
 * subscribing it first to `events` did, minus a Subject and an operator hop per event),
 * then the task's listener, then `events` observers, if any. When nobody but the
 * table sees a task's events ({@link quiet}), they are reused {@link scratch} objects.
 *
 * @example
 * ```ts
 * const route = new EventRoute(table);
 * route.emit(task, { type: 'progress', id: task.id, time: now, progress: 0.5 });
 * ```
 */
export class EventRoute {
  readonly events = new Subject<TaskEvent>();
  /** Reused event objects for tasks whose events only the table sees (see {@link quiet}). */
  readonly scratch = new ScratchEvents();

  readonly #table: TaskTable;

  constructor(table: TaskTable) {
    this.#table = table;
  }

  /** True when nobody but the table will see the task's next event, so it may be a {@link scratch} one. */
  quiet(task: Task): boolean {
    return !this.events.observed && task.listener === undefined;
  }

  emit(task: Task, event: TaskEvent): void {
    this.#table.fold(task, event);
    // the listener (a group's tally, no user code) before the observers, which may cancel the
    // task at once: it then sees `submitted` before `cancelled`, like the table
    task.listener?.onEvent(task, event);
    if (this.events.observed) this.events.next(event);
  }

  /** The task started at `time`. */
  started(task: Task, time: number): void {
    this.emit(task, this.quiet(task) ? this.scratch.started(task.id, time) : { type: 'started', id: task.id, time });
  }

  complete(): void {
    this.events.complete();
  }
}
