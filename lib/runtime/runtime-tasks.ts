import type { BehaviorSubject, Observable } from 'rxjs';
import type { TaskEvent } from '../tasks/task-event.js';
import type { TaskManager } from '../tasks/task-manager.js';
import type { TaskRow } from '../tasks/task-row.js';
import type { TaskStatus } from '../tasks/task-types.js';

/**
 * The task-table half of a {@link Runtime}: its {@link TaskManager}, the event and table
 * streams, and the manager's per-id operations as the runtime's own (a runtime is what an
 * app holds; the manager is the lower level). Kept apart from `runtime.ts`, which
 * submits work and owns the scheduler, groups, workers and teardown.
 *
 * @example
 * ```ts
 * class Runtime extends RuntimeTasks {
 *   constructor(tasks: TaskManager) { super(tasks); }
 * }
 * ```
 */
export abstract class RuntimeTasks {
  /** The lower-level manager (submit raw TaskBodies, e.g. from worker pools). */
  readonly tasks: TaskManager;
  readonly events$: Observable<TaskEvent>;
  readonly table$: BehaviorSubject<readonly TaskRow[]>;

  constructor(tasks: TaskManager) {
    this.tasks = tasks;
    this.events$ = tasks.events$;
    this.table$ = tasks.table$;
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
