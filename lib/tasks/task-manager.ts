import type { BehaviorSubject, Observable, Subscription } from 'rxjs';
import { parse } from '../validation/parse.js';
import { cancelActive, clearFinished } from './engine/housekeeping.js';
import { TaskEngine } from './engine/task-engine.js';
import type { TaskEvent } from './task-event.js';
import { taskManagerOptionsSchema, type TaskManagerOptions } from './task-manager-options.js';
import type { TaskRecord } from './task-record.js';
import type { TaskRow } from './task-row.js';
import type { CancelReason } from './task-types.js';
import { TaskSubmission } from './task-submission.js';

export type { SubmitExtras } from './engine/submit-task.js';

/**
 * Runs {@link TaskBody}s on a frame scheduler and keeps the live task table. The body is
 * subscribed when the task starts (on a frame); its values are progress, the last one the
 * result; unsubscribing it is how cancel and timeout stop the work. Submitting comes from
 * `TaskSubmission` (task-submission.ts), the per-id operations (cancel, priority, status,
 * results) from `TasksById` (tasks-by-id.ts); this class builds the engine, clears and
 * disposes.
 *
 * @example
 * ```ts
 * const tasks = new TaskManager({ scheduler, maxConcurrent: 2 });
 * const id = tasks.submit(() => of(42), { description: 'answer' });
 * tasks.result(id).subscribe(console.log); // 42, on a frame
 * ```
 */
export class TaskManager extends TaskSubmission {
  /** Lifecycle events, each stamped with the frame clock. */
  readonly events$: Observable<TaskEvent>;
  /** The table, re-emitted at the end of each frame in which something changed. */
  readonly table$: BehaviorSubject<readonly TaskRow[]>;
  // the base holds the engine too: # names are per class, and shorter in a bundle than a shared field
  readonly #engine: TaskEngine;
  readonly #sweeper: Subscription;

  constructor(options: TaskManagerOptions) {
    const parsed = parse(taskManagerOptionsSchema, options, 'options');
    const engine = new TaskEngine(parsed.scheduler, parsed.maxConcurrent ?? Infinity, parsed.clearAfter ?? 600_000);
    super(engine);
    this.#engine = engine;
    this.events$ = engine.events.asObservable();
    this.table$ = engine.table.table$;
    // Frames running for any reason sweep expired rows; nothing here keeps frames alive.
    this.#sweeper = parsed.scheduler.stats$.subscribe(() => engine.sweep());
  }

  /** Tasks running now. */
  get runningCount(): number {
    return this.#engine.running;
  }

  /** Tasks waiting to start. */
  get pendingCount(): number {
    return this.#engine.waiting;
  }

  /** Cancels a task by its record with a reason (pipelines, groups, owners). @internal @example `tasks.cancelRecord(task, 'restarted')` */
  cancelRecord(task: TaskRecord<unknown>, reason: CancelReason): void {
    this.#engine.cancel(task, reason);
  }

  /**
   * Cancels every pending and running task; returns how many.
   *
   * @example
   * ```ts
   * tasks.cancelActive();
   * ```
   */
  cancelActive(): number {
    return cancelActive(this.#engine);
  }

  /**
   * Removes every finished task and its row; returns how many.
   *
   * @example
   * ```ts
   * tasks.clearFinished();
   * ```
   */
  clearFinished(): number {
    return clearFinished(this.#engine);
  }

  /**
   * Cancels everything active, then clears every row.
   *
   * @example
   * ```ts
   * tasks.clearAll();
   * ```
   */
  clearAll(): void {
    this.cancelActive();
    this.clearFinished();
  }

  /**
   * Cancels everything and stops; result observers get their errors at once, `events$`
   * and `table$` complete. Does not dispose the scheduler (its owner does).
   *
   * @example
   * ```ts
   * tasks.dispose();
   * ```
   */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    cancelActive(this.#engine, 'disposed');
    this.deliverDue();
    this.#sweeper.unsubscribe();
    this.#engine.dispose();
  }
}
