import { Subject } from 'rxjs';
import type { TaskEvent } from '../task-event.js';
import type { TaskRecord } from '../task-record.js';
import type { TaskTable } from '../task-table.js';
import { ScratchEvents } from './scratch-events.js';

type Task = TaskRecord<unknown>;

/**
 * Where a task's lifecycle events go, in order: the table folds each one first (what
 * subscribing it first to `events` did, minus a Subject and an operator hop per event),
 * then `events` observers get it, if any, then the task's listener. When nobody but the
 * table sees a task's events ({@link quiet}), they are reused {@link scratch} objects, and
 * a starting task's `started` may be folded late ({@link started}): once its start
 * returns ({@link foldStart}), before any other event, or together with the task's own
 * end, when the table writes one row instead of listing it as running and taking it off
 * again. Nothing reads the table in between, so it stays the fold of the events.
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
  /** A starting quiet task whose `started` the table has not folded yet. */
  private unfolded: Task | undefined = undefined;
  private unfoldedAt = 0;

  constructor(private readonly table: TaskTable) {}

  /** True when nobody but the table will see the task's next event, so it may be a {@link scratch} one. */
  quiet(task: Task): boolean {
    return !this.events.observed && task.listener === undefined;
  }

  emit(task: Task, event: TaskEvent): void {
    const unfolded = this.unfolded;
    if (unfolded === task && isEnd(event)) {
      this.unfolded = undefined;
      this.table.foldStartAndEnd(task, this.scratch.deferredStarted(task.id, this.unfoldedAt), event);
    } else {
      if (unfolded !== undefined) this.foldStart();
      this.table.fold(task, event);
    }
    if (this.events.observed) this.events.next(event);
    task.listener?.onEvent(task, event);
  }

  /** The task started at `time`; `lazily` (a task being started): the table may fold it late. */
  started(task: Task, time: number, lazily: boolean): void {
    this.foldStart();
    if (!this.quiet(task)) this.emit(task, { type: 'started', id: task.id, time });
    else if (!lazily) this.emit(task, this.scratch.started(task.id, time));
    else {
      this.unfolded = task;
      this.unfoldedAt = time;
    }
  }

  /** Folds a `started` left for later, if any. */
  foldStart(): void {
    const task = this.unfolded;
    if (task === undefined) return;
    this.unfolded = undefined;
    this.table.fold(task, this.scratch.deferredStarted(task.id, this.unfoldedAt));
  }

  complete(): void {
    this.events.complete();
  }
}

/** A terminal event (the task's last but `cleared`). */
function isEnd(event: TaskEvent): boolean {
  return (
    event.type === 'completed' || event.type === 'failed' || event.type === 'cancelled' || event.type === 'timedOut'
  );
}
