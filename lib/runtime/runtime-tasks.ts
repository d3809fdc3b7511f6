import type { BehaviorSubject, Observable } from 'rxjs';
import { DisposedError } from '../errors.js';
import type { RunOptions, TaskObservableOptions } from '../pipelines/run-options.js';
import { taskObservable } from '../pipelines/task-observable.js';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import type { TaskEvent } from '../tasks/task-event.js';
import type { TaskManager } from '../tasks/task-manager.js';
import type { TaskRow } from '../tasks/task-row.js';
import type { TaskStatus } from '../tasks/task-types.js';
import type { Work } from '../tasks/work.js';
import { runWork } from './run-work.js';

/**
 * The task half of a {@link Runtime}: its {@link TaskManager}, the event and table streams,
 * the two ways to run work (`run()` for ids, `task()` for an Observable), and the manager's
 * per-id operations as the runtime's own (a runtime is what an app holds; the manager is
 * the lower level). Groups are `RuntimeGroups` (runtime-groups.ts); `runtime.ts` owns the
 * scheduler, workers, teardowns and disposal.
 *
 * @example
 * ```ts
 * const id = runtime.run(of(1), { description: 'one' }); // run() is RuntimeTasks'
 * runtime.status(id); // 'pending' (so are cancel, result, clearAll, …)
 * ```
 */
export abstract class RuntimeTasks {
  /** The lower-level manager (submit raw TaskBodies, e.g. from worker pools). */
  readonly tasks: TaskManager;
  readonly events$: Observable<TaskEvent>;
  readonly table$: BehaviorSubject<readonly TaskRow[]>;
  abstract readonly scheduler: FrameScheduler;
  /**
   * Set by `dispose()`: running work then throws {@link DisposedError}. Not named
   * `disposed`: `ownerEnded` reads that flag, and a runtime passed as an owner must not
   * start to read as ended.
   */
  protected isDisposed = false;

  constructor(tasks: TaskManager) {
    this.tasks = tasks;
    this.events$ = tasks.events$;
    this.table$ = tasks.table$;
  }

  /**
   * Runs work (see {@link Work}) as a task; returns its id, or all ids for an array. All
   * items are validated before any is submitted.
   *
   * @example
   * ```ts
   * const [a, b] = runtime.run([loadA, loadB], { description: 'load', timeout: 5_000 });
   * ```
   */
  run<T>(work: Work<T>, options?: RunOptions): string;
  run(works: readonly Work<unknown>[], options?: RunOptions): string[];
  run<T>(work: Work<T> | readonly Work<unknown>[], options?: RunOptions): string | string[] {
    if (this.isDisposed) throw new DisposedError('Runtime');
    return runWork(this.tasks, work, options);
  }

  /**
   * A task as a cold Observable: each subscription submits one task, emits its result on a
   * frame and completes (`values: true`: every value the work emits). A failed, timed-out
   * or cancelled task errors it; unsubscribing first cancels the task (reason
   * `unsubscribed`), so plain `switchMap`, `exhaustMap`, `concatMap`, `mergeMap(fn, n)`,
   * `takeUntil`, `race` and `first` stop superseded work, visibly in the table.
   *
   * @example
   * ```ts
   * query$.pipe(switchMap((q) => runtime.task((signal) => search(q, signal), { description: q }))).subscribe(show);
   * ```
   */
  task<T>(work: Work<T>, options?: TaskObservableOptions): Observable<T> {
    if (this.isDisposed) throw new DisposedError('Runtime');
    return taskObservable(this, work, options);
  }

  /** See {@link TaskManager.cancel}. @example `runtime.cancel(id)` */
  cancel(id: string): boolean {
    return this.tasks.cancel(id);
  }

  /** See {@link TaskManager.status}. @example `runtime.status(id)` */
  status(id: string): TaskStatus {
    return this.tasks.status(id);
  }

  /** See {@link TaskManager.result}. @example `runtime.result(id).subscribe(use)` */
  result<T = unknown>(id: string): Observable<T> {
    return this.tasks.result<T>(id);
  }

  /** See {@link TaskManager.resultPromise}. @example `await runtime.resultPromise(id)` */
  resultPromise<T = unknown>(id: string): Promise<T> {
    return this.tasks.resultPromise<T>(id);
  }

  /** See {@link TaskManager.getResult}. @example `runtime.getResult(id)` */
  getResult<T = unknown>(id: string): T {
    return this.tasks.getResult<T>(id);
  }

  /** See {@link TaskManager.cancelActive}. @example `runtime.cancelActive()` */
  cancelActive(): number {
    return this.tasks.cancelActive();
  }

  /** See {@link TaskManager.clearFinished}. @example `runtime.clearFinished()` */
  clearFinished(): number {
    return this.tasks.clearFinished();
  }

  /** See {@link TaskManager.clearAll}. @example `runtime.clearAll()` */
  clearAll(): void {
    this.tasks.clearAll();
  }

  /** See {@link TaskManager.setPriority}. @example `runtime.setPriority(id, 10)` */
  setPriority(id: string, priority: number): void {
    this.tasks.setPriority(id, priority);
  }
}
