import type { Observable } from 'rxjs';
import { UnknownTaskError } from '../errors.js';
import { invalidArgument } from '../validation/invalid-argument.js';
import { ResultDelivery } from './engine/result-delivery.js';
import type { TaskEngine } from './engine/task-engine.js';
import { isTerminal } from './reduce-task-row.js';
import type { TaskRecord } from './task-record.js';
import { resultOf, syncResultOf } from './task-result.js';
import type { CancelReason, TaskStatus } from './task-types.js';

/**
 * The per-id operations of a {@link TaskManager}: find a task by id, cancel or
 * re-prioritise it, read its status and result. Results are delivered through its base,
 * `ResultDelivery` (engine/result-delivery.ts); submitting is `TaskSubmission`
 * (task-submission.ts), and `task-manager.ts` builds the engine, clears and disposes.
 *
 * @example
 * ```ts
 * class TaskSubmission extends TasksById {
 *   constructor(engine: TaskEngine) { super(engine); }
 * }
 * ```
 */
export abstract class TasksById extends ResultDelivery {
  readonly #engine: TaskEngine;

  constructor(engine: TaskEngine) {
    super(engine.scheduler);
    this.#engine = engine;
  }

  /**
   * Cancels a task: a pending one never starts, a running one is stopped. Returns false
   * (and does nothing) for a finished task. Unknown ids throw {@link UnknownTaskError}.
   *
   * @example
   * ```ts
   * tasks.cancel(id);
   * ```
   */
  cancel(id: string, reason: CancelReason = 'explicit'): boolean {
    const task = this.#get(id);
    if (isTerminal(task.status)) return false;
    this.#engine.cancel(task, reason);
    return true;
  }

  /**
   * Moves a pending task in the start order (higher first); a running task keeps running
   * and its row shows the new priority. Unknown ids throw {@link UnknownTaskError}, a
   * priority that is not a finite number {@link InvalidArgumentError}.
   *
   * @example
   * ```ts
   * tasks.setPriority(id, 10); // starts before the pending tasks of lower priority
   * ```
   */
  setPriority(id: string, priority: number): void {
    if (!Number.isFinite(priority)) invalidArgument('priority', 'expected a finite number', priority);
    this.#engine.setPriority(this.#get(id), priority);
  }

  /**
   * The status of a task. Unknown (or cleared) ids throw {@link UnknownTaskError}.
   *
   * @example
   * ```ts
   * tasks.status(id); // 'running'
   * ```
   */
  status(id: string): TaskStatus {
    const task = this.#get(id);
    return task.awaitingStart ? 'pending' : task.status;
  }

  /**
   * The task's result as an Observable, delivered on a frame (see `resultOf`).
   *
   * @example
   * ```ts
   * tasks.result<Scene>(id).subscribe(applyScene);
   * ```
   */
  result<T = unknown>(id: string): Observable<T> {
    return resultOf(this.#get(id) as TaskRecord<T>, this.deliver);
  }

  /**
   * The result as a Promise (resolved on a frame); rejects like {@link result} errors, and
   * with {@link UnknownTaskError} for an unknown or cleared id.
   *
   * @example
   * ```ts
   * const scene = await tasks.resultPromise<Scene>(id);
   * ```
   */
  resultPromise<T = unknown>(id: string): Promise<T> {
    // looked up inside the executor: an unknown id rejects the promise instead of throwing
    return new Promise<T>((resolve, reject) => this.result<T>(id).subscribe({ next: resolve, error: reject }));
  }

  /**
   * The result of a finished task, synchronously (see `syncResultOf`).
   *
   * @example
   * ```ts
   * if (tasks.status(id) === 'completed') use(tasks.getResult(id));
   * ```
   */
  getResult<T = unknown>(id: string): T {
    return syncResultOf(this.#get(id) as TaskRecord<T>);
  }

  #get(id: string): TaskRecord<unknown> {
    const task = this.#engine.tasks.get(id);
    if (task === undefined) throw new UnknownTaskError(id);
    return task;
  }
}
