import type { BehaviorSubject, Observable, Subscription } from 'rxjs';
import { DisposedError, InvalidArgumentError, UnknownTaskError } from '../errors.js';
import { describeValue } from '../validation/describe-value.js';
import { parse } from '../validation/parse.js';
import { isTerminal } from './reduce-task-row.js';
import { cancelActive, clearFinished } from './engine/housekeeping.js';
import { TaskEngine } from './engine/task-engine.js';
import type { TaskEvent } from './task-event.js';
import { taskManagerOptionsSchema, type TaskManagerOptions } from './task-manager-options.js';
import { parseTaskOptions, type TaskOptions } from './task-options.js';
import type { TaskRecord } from './task-record.js';
import { submitTask, type SubmitExtras } from './engine/submit-task.js';
import { resultOf, syncResultOf } from './task-result.js';
import type { StartMode } from './engine/start-work.js';
import type { TaskRow } from './task-row.js';
import type { CancelReason, TaskBody, TaskKind, TaskStatus } from './task-types.js';

export type { SubmitExtras } from './engine/submit-task.js';

/**
 * Runs {@link TaskBody}s on a frame scheduler and keeps the live task table. The body is
 * subscribed when the task starts (on a frame); its values are progress, the last one the
 * result; unsubscribing it is how cancel and timeout stop the work.
 *
 * @example
 * ```ts
 * const tasks = new TaskManager({ scheduler, maxConcurrent: 2 });
 * const id = tasks.submit(() => of(42), { description: 'answer' });
 * tasks.result(id).subscribe(console.log); // 42, on a frame
 * ```
 */
export class TaskManager {
  /** Lifecycle events, each stamped with the frame clock. */
  readonly events$: Observable<TaskEvent>;
  /** The table, re-emitted at the end of each frame in which something changed. */
  readonly table$: BehaviorSubject<readonly TaskRow[]>;
  readonly #engine: TaskEngine;
  readonly #sweeper: Subscription;
  #disposed = false;

  constructor(options: TaskManagerOptions) {
    const parsed = parse(taskManagerOptionsSchema, options, 'options');
    this.#engine = new TaskEngine(parsed.scheduler, parsed.maxConcurrent ?? Infinity, parsed.clearAfter ?? 600_000);
    this.events$ = this.#engine.events.asObservable();
    this.table$ = this.#engine.table.table$;
    // Frames running for any reason sweep expired rows; nothing here keeps frames alive.
    this.#sweeper = parsed.scheduler.stats$.subscribe(() => this.#engine.sweep());
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
    if (typeof body !== 'function')
      throw new InvalidArgumentError(`body: expected a function (got ${describeValue(body)})`);
    return this.submitValid(body, 'body', parseTaskOptions(options), 'frame');
  }

  /**
   * {@link TaskManager.submit} for callers that validated the work (its `StartMode`) and
   * `options` already (the runtime); `kind` is used when the options do not set one.
   *
   * @internal
   * @example
   * ```ts
   * tasks.submitValid(work, classifyWork(work, 'work'), parseTaskOptions(options), 'sliced');
   * ```
   */
  submitValid(work: unknown, mode: StartMode, o: TaskOptions, kind: TaskKind, extras?: SubmitExtras): string {
    return this.submitRecord(work, mode, o, kind, extras).id;
  }

  /**
   * {@link TaskManager.submitValid} returning the task's record, for the runtime's own
   * observers (task observables, pipelines, groups).
   *
   * @internal
   * @example
   * ```ts
   * const task = tasks.submitRecord(work, mode, options, 'frame', { group: 'decode', gates: [gate] });
   * ```
   */
  submitRecord(
    work: unknown,
    mode: StartMode,
    o: TaskOptions,
    kind: TaskKind,
    extras?: SubmitExtras,
  ): TaskRecord<unknown> {
    if (this.#disposed) throw new DisposedError('TaskManager');
    return submitTask(this.#engine, work, mode, o, kind, extras);
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
   * Cancels a task by its record with a reason (pipelines, groups, owners).
   *
   * @internal
   * @example
   * ```ts
   * tasks.cancelRecord(task, 'restarted');
   * ```
   */
  cancelRecord(task: TaskRecord<unknown>, reason: CancelReason): void {
    this.#engine.cancel(task, reason);
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
    if (typeof priority !== 'number' || !Number.isFinite(priority))
      throw new InvalidArgumentError(`priority: expected a finite number (got ${describeValue(priority)})`);
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
   * Runs `fn` at the start of the next frame, where results are delivered; at once once
   * disposed (so observers still learn how their tasks ended).
   *
   * @internal
   * @example
   * ```ts
   * const scheduled = tasks.deliver(() => subscriber.next(value));
   * ```
   */
  readonly deliver = (fn: () => void): Subscription | undefined =>
    this.#disposed ? (fn(), undefined) : this.#engine.scheduler.atStartOfFrame(fn);

  /**
   * Like {@link deliver}, but a task that ended inside a frame is delivered at the end of
   * that same frame (after its update phase, never inside someone else's callback) instead
   * of the next one's start: what task observables and pipelines use, so a result costs no
   * extra frame.
   *
   * @internal
   * @example
   * ```ts
   * const scheduled = tasks.deliverSoon(() => subscriber.next(value));
   * ```
   */
  readonly deliverSoon = (fn: () => void): Subscription | undefined => {
    if (this.#disposed) return (fn(), undefined);
    const scheduler = this.#engine.scheduler;
    return scheduler.inFrame ? scheduler.atEndOfFrame(fn) : scheduler.atStartOfFrame(fn);
  };

  /**
   * The result as a Promise (resolved on a frame); rejects like {@link result} errors.
   *
   * @example
   * ```ts
   * const scene = await tasks.resultPromise<Scene>(id);
   * ```
   */
  resultPromise<T = unknown>(id: string): Promise<T> {
    const result$ = this.result<T>(id);
    return new Promise<T>((resolve, reject) => result$.subscribe({ next: resolve, error: reject }));
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
    if (this.#disposed) return;
    this.#disposed = true;
    cancelActive(this.#engine, 'disposed');
    this.#sweeper.unsubscribe();
    this.#engine.dispose();
  }

  #get(id: string): TaskRecord<unknown> {
    const task = this.#engine.tasks.get(id);
    if (task === undefined) throw new UnknownTaskError(id);
    return task;
  }
}
