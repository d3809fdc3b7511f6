import type { BehaviorSubject, Observable, Subscription } from 'rxjs';
import { DisposedError } from '../errors.js';
import { invalidArgument } from '../validation/invalid-argument.js';
import { parse } from '../validation/parse.js';
import { cancelActive, clearFinished } from './engine/housekeeping.js';
import { TaskEngine } from './engine/task-engine.js';
import type { TaskEvent } from './task-event.js';
import { taskManagerOptionsSchema, type TaskManagerOptions } from './task-manager-options.js';
import { parseTaskOptions, type TaskOptions } from './task-options.js';
import type { TaskRecord } from './task-record.js';
import { submitTask, type SubmitExtras } from './engine/submit-task.js';
import type { StartMode } from './engine/start-work.js';
import type { TaskRow } from './task-row.js';
import type { CancelReason, TaskBody, TaskKind } from './task-types.js';
import { TasksById } from './tasks-by-id.js';

export type { SubmitExtras } from './engine/submit-task.js';

/**
 * Runs {@link TaskBody}s on a frame scheduler and keeps the live task table. The body is
 * subscribed when the task starts (on a frame); its values are progress, the last one the
 * result; unsubscribing it is how cancel and timeout stop the work. The per-id operations
 * (cancel, priority, status, results) come from `TasksById` (tasks-by-id.ts).
 *
 * @example
 * ```ts
 * const tasks = new TaskManager({ scheduler, maxConcurrent: 2 });
 * const id = tasks.submit(() => of(42), { description: 'answer' });
 * tasks.result(id).subscribe(console.log); // 42, on a frame
 * ```
 */
export class TaskManager extends TasksById {
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

  /**
   * Queues a task; it starts on a frame. Returns its id.
   *
   * @example
   * ```ts
   * const id = tasks.submit((ctx) => from(fetch(url, { signal: ctx.signal })), { timeout: 5_000 });
   * ```
   */
  submit<T>(body: TaskBody<T>, options?: TaskOptions): string {
    if (typeof body !== 'function') invalidArgument('body', 'expected a function', body);
    return this.submitValid(body, 'body', parseTaskOptions(options), 'frame');
  }

  /**
   * {@link TaskManager.submit} for callers that validated the work (its `StartMode`) and
   * `options` already (the runtime); `kind` is used when the options do not set one.
   * @internal @example `tasks.submitValid(work, classifyWork(work, 'work'), parseTaskOptions(options), 'sliced')`
   */
  submitValid(work: unknown, mode: StartMode, o: TaskOptions, kind: TaskKind, extras?: SubmitExtras): string {
    return this.submitRecord(work, mode, o, kind, extras).id;
  }

  /**
   * {@link TaskManager.submitValid} returning the task's record, for the runtime's own
   * observers (task observables, pipelines, groups).
   * @internal @example `tasks.submitRecord(work, mode, options, 'frame', { group: 'decode', gates: [gate] })`
   */
  submitRecord(
    work: unknown,
    mode: StartMode,
    o: TaskOptions,
    kind: TaskKind,
    extras?: SubmitExtras,
  ): TaskRecord<unknown> {
    if (this.disposed) throw new DisposedError('TaskManager');
    return submitTask(this.#engine, work, mode, o, kind, extras);
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
