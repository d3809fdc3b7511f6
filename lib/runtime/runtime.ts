import type { Observable } from 'rxjs';
import { DisposedError, WorkersNotEnabledError } from '../errors.js';
import type { RunOptions, TaskObservableOptions } from '../pipelines/run-options.js';
import type { TaskGroupOptions } from '../pipelines/group-options.js';
import type { TaskGroup } from '../pipelines/task-group.js';
import { taskObservable } from '../pipelines/task-observable.js';
import { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { parse } from '../validation/parse.js';
import { TaskManager } from '../tasks/task-manager.js';
import type { Work } from '../tasks/work.js';
import type { Workers } from '../workers/workers.js';
import type { WorkerPoolFactory } from '../workers/worker-pool-factory.js';
import { RuntimeGroups } from './runtime-groups.js';
import { runWork } from './run-work.js';
import { RuntimeTasks } from './runtime-tasks.js';
import { runtimeOptionsSchema, splitRuntimeOptions, type RuntimeOptions } from './runtime-options.js';

/**
 * A frame scheduler plus a task manager: the object an app creates once. Create it with
 * {@link createRuntime}. The manager's per-id operations (cancel, status, result, …) come
 * from `RuntimeTasks` (runtime-tasks.ts); submitting work is
 * run-work.ts; this class owns the scheduler, groups, workers and teardown.
 *
 * @example
 * ```ts
 * const runtime = new Runtime({ frames: intervalFrames(60) });
 * const id = runtime.run(of(1), { description: 'one' });
 * ```
 */
export class Runtime extends RuntimeTasks {
  readonly scheduler: FrameScheduler;
  #disposed = false;
  #workerPool: Workers | undefined;
  readonly #teardowns: (() => void)[] = [];
  readonly #groups = new RuntimeGroups();
  readonly #workerFactory: WorkerPoolFactory | undefined;

  constructor(options: RuntimeOptions) {
    const {
      scheduler: schedulerOptions,
      limits,
      workers,
    } = splitRuntimeOptions(parse(runtimeOptionsSchema, options, 'options'));
    const scheduler = new FrameScheduler(schedulerOptions);
    super(new TaskManager({ scheduler, ...limits }));
    this.scheduler = scheduler;
    this.#workerFactory = workers;
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
    if (this.#disposed) throw new DisposedError('Runtime');
    return runWork(this.tasks, work, options);
  }

  /**
   * Cancels every task (result observers get TaskCancelledError at once, results already
   * due are delivered), emits the last table, disposes the open groups (newest first),
   * completes the streams, runs the teardowns and releases the workers and the frame
   * source. Idempotent.
   *
   * @example
   * ```ts
   * runtime.dispose();
   * ```
   */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.tasks.dispose();
    this.#groups.disposeAll();
    // integrations close after their tasks were cancelled, newest first
    for (const teardown of this.#teardowns.splice(0).reverse()) {
      // one that throws must not keep the others, the pool and the scheduler alive
      try {
        teardown();
      } catch (error) {
        this.scheduler.reportError(error);
      }
    }
    this.#workerPool?.dispose();
    this.scheduler.dispose();
  }

  /**
   * Runs `teardown` when the runtime is disposed (after its tasks were cancelled; newest
   * first; one that throws is reported to `onError` / `errors$`): how integrations such as
   * `frametasks/bullmq`'s remote queues close with it.
   * Returns a function that removes it. On a disposed runtime it runs at once.
   *
   * @example
   * ```ts
   * const remove = runtime.addTeardown(() => connection.quit());
   * ```
   */
  addTeardown(teardown: () => void): () => void {
    if (this.#disposed) {
      teardown();
      return () => undefined;
    }
    this.#teardowns.push(teardown);
    return () => {
      const i = this.#teardowns.indexOf(teardown);
      if (i >= 0) this.#teardowns.splice(i, 1);
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
    if (this.#disposed) throw new DisposedError('Runtime');
    if (!this.#workerFactory) throw new WorkersNotEnabledError();
    this.#workerPool ??= this.#workerFactory.createWorkers(this);
    return this.#workerPool;
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
    return this.#workerFactory !== undefined;
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
    if (this.#disposed) throw new DisposedError('Runtime');
    return taskObservable(this, work, options);
  }

  /**
   * A new {@link TaskGroup}: tasks that share a name in the table, an optional concurrency
   * limit and a live `state$`. End it with `group.dispose()` when what it served ends
   * (the runtime then forgets it); `runtime.dispose()` disposes the groups still open.
   *
   * @example
   * ```ts
   * const decodes = runtime.group({ name: 'decode', concurrency: 2 });
   * runtime.run(decode(url), { group: decodes });
   * ```
   */
  group(options: TaskGroupOptions = {}): TaskGroup {
    if (this.#disposed) throw new DisposedError('Runtime');
    return this.#groups.create(this, options);
  }

  /**
   * The groups not yet disposed, oldest first (a copy): a disposed group is no longer here,
   * and the runtime keeps no reference to it.
   *
   * @example
   * ```ts
   * for (const group of runtime.groups) console.log(group.name, group.state$.value.running);
   * ```
   */
  get groups(): readonly TaskGroup[] {
    return this.#groups.list();
  }
}
