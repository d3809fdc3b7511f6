import type { BehaviorSubject, Observable } from 'rxjs';
import { DisposedError, WorkersNotEnabledError } from '../errors.js';
import { bindTaskToOwner } from '../pipelines/machinery/bind-task-owner.js';
import {
  hasRunExtras,
  parseRunOptions,
  type RunOptions,
  type SplitRunOptions,
  type TaskObservableOptions,
} from '../pipelines/run-options.js';
import { parseGroupOptions } from '../pipelines/group-options.js';
import { submitExtras, TaskGroup, type TaskGroupOptions } from '../pipelines/task-group.js';
import { taskObservable } from '../pipelines/task-observable.js';
import { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { parse } from '../validation/parse.js';
import type { TaskEvent } from '../tasks/task-event.js';
import { TaskManager } from '../tasks/task-manager.js';
import type { TaskRow } from '../tasks/task-row.js';
import type { TaskStatus } from '../tasks/task-types.js';
import { parseTaskOptions, type TaskOptions } from '../tasks/task-options.js';
import { classifyWork, kindOfWork, type StartMode } from '../tasks/engine/start-work.js';
import type { Work } from '../tasks/work.js';
import type { Workers } from '../workers/workers.js';
import type { WorkerPoolFactory } from '../workers/worker-pool-factory.js';
import { runtimeOptionsSchema, splitRuntimeOptions, type RuntimeOptions } from './runtime-options.js';

/**
 * A frame scheduler plus a task manager: the object an app creates once. Create it with
 * {@link createRuntime}.
 *
 * @example
 * ```ts
 * const runtime = new Runtime({ frames: intervalFrames(60) });
 * const id = runtime.run(of(1), { description: 'one' });
 * ```
 */
export class Runtime {
  readonly scheduler: FrameScheduler;
  /** The lower-level manager (submit raw TaskBodies, e.g. from worker pools). */
  readonly tasks: TaskManager;
  readonly events$: Observable<TaskEvent>;
  readonly table$: BehaviorSubject<readonly TaskRow[]>;
  private disposed = false;
  private workerPool: Workers | undefined = undefined;
  private readonly teardowns: (() => void)[] = [];
  private readonly groups = new Set<TaskGroup>();
  private groupCount = 0;
  private readonly workerFactory: WorkerPoolFactory | undefined;

  constructor(options: RuntimeOptions) {
    const { scheduler, limits, workers } = splitRuntimeOptions(parse(runtimeOptionsSchema, options, 'options'));
    this.workerFactory = workers;
    this.scheduler = new FrameScheduler(scheduler);
    this.tasks = new TaskManager({ scheduler: this.scheduler, ...limits });
    this.events$ = this.tasks.events$;
    this.table$ = this.tasks.table$;
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
    if (this.disposed) throw new DisposedError('Runtime');
    // plain task options (the per-task hot path) are checked without building a split
    const split = hasRunExtras(options) ? parseRunOptions(options, 'options', false) : undefined;
    const o = split?.task ?? parseTaskOptions(options);
    if (!Array.isArray(work)) return this.submit(work, classifyWork(work, 'work'), o, split);
    const modes = work.map((w: unknown, i) => classifyWork(w, `work[${i}]`));
    return modes.map((mode, i) => this.submit(work[i], mode, o, split));
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

  /**
   * Cancels every task (result observers get TaskCancelledError at once), completes the
   * streams and releases the frame source. Idempotent.
   *
   * @example
   * ```ts
   * runtime.dispose();
   * ```
   */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.tasks.dispose();
    for (const group of this.groups) group.close();
    // integrations close after their tasks were cancelled, newest first
    for (const teardown of this.teardowns.splice(0).reverse()) teardown();
    this.workerPool?.dispose();
    this.scheduler.dispose();
  }

  /**
   * Runs `teardown` when the runtime is disposed (after its tasks were cancelled; newest
   * first): how integrations such as `frametasks/bullmq`'s remote queues close with it.
   * Returns a function that removes it. On a disposed runtime it runs at once.
   *
   * @example
   * ```ts
   * const remove = runtime.addTeardown(() => connection.quit());
   * ```
   */
  addTeardown(teardown: () => void): () => void {
    if (this.disposed) {
      teardown();
      return () => undefined;
    }
    this.teardowns.push(teardown);
    return () => {
      const i = this.teardowns.indexOf(teardown);
      if (i >= 0) this.teardowns.splice(i, 1);
    };
  }

  /**
   * Pool and standalone workers whose tasks land in this runtime's table (seed 001's
   * ThreadManager). Opt-in: the runtime must be created with `workers: workerPool(...)`,
   * else this throws {@link WorkersNotEnabledError} (ask {@link Runtime.hasWorkers} first
   * to only look). Created on first use, so no worker starts before a task needs one;
   * terminated by {@link Runtime.dispose}.
   *
   * @example
   * ```ts
   * const runtime = createRuntime({ frames: intervalFrames(60), workers: workerPool({ size: 2 }) });
   * runtime.workers.run({ module: new URL('./mesh.worker.js', import.meta.url), fn: 'build' }, [params], {
   *   onProgress: (p) => bar.set(p),
   *   onSuccess: (mesh) => scene.add(mesh),
   * });
   * ```
   */
  get workers(): Workers {
    if (this.disposed) throw new DisposedError('Runtime');
    if (!this.workerFactory) throw new WorkersNotEnabledError();
    this.workerPool ??= this.workerFactory.createWorkers(this);
    return this.workerPool;
  }

  /**
   * Whether `runtime.workers` is enabled (created with `workers: workerPool(...)`). Reading
   * it starts nothing and never throws: for views and stats that only look.
   *
   * @example
   * ```ts
   * const pool = runtime.hasWorkers ? runtime.workers.pool : undefined;
   * ```
   */
  get hasWorkers(): boolean {
    return this.workerFactory !== undefined;
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
    if (this.disposed) throw new DisposedError('Runtime');
    return taskObservable(this, work, options);
  }

  /**
   * A new {@link TaskGroup}: tasks that share a name in the table, an optional concurrency
   * limit and a live `state$`. Its `state$` completes when the runtime is disposed.
   *
   * @example
   * ```ts
   * const decodes = runtime.group({ name: 'decode', concurrency: 2 });
   * runtime.run(decode(url), { group: decodes });
   * ```
   */
  group(options: TaskGroupOptions = {}): TaskGroup {
    if (this.disposed) throw new DisposedError('Runtime');
    const { name, concurrency } = parseGroupOptions(options);
    const group = new TaskGroup(this, name ?? `group-${++this.groupCount}`, concurrency);
    this.groups.add(group);
    return group;
  }

  /** See {@link TaskManager.setPriority}. @example `runtime.setPriority(id, 10)` */
  setPriority(id: string, priority: number): void {
    this.tasks.setPriority(id, priority);
  }

  private submit(work: unknown, mode: StartMode, o: TaskOptions, split: SplitRunOptions | undefined): string {
    const kind = kindOfWork(work, mode);
    if (split === undefined) return this.tasks.submitValid(work, mode, o, kind);
    const task = this.tasks.submitRecord(work, mode, o, kind, submitExtras(split.group));
    if (split.owner !== undefined) bindTaskToOwner(this.tasks, task, split.owner);
    return task.id;
  }
}
