import { DisposedError, WorkersNotEnabledError } from '../errors.js';
import { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { parse } from '../validation/parse.js';
import { TaskManager } from '../tasks/task-manager.js';
import type { Workers } from '../workers/workers.js';
import type { WorkerPoolFactory } from '../workers/worker-pool-factory.js';
import { RuntimeGroups } from './runtime-groups.js';
import { runtimeOptionsSchema, type RuntimeOptions } from './runtime-options.js';

/**
 * A frame scheduler plus a task manager: the object an app creates once. Create it with
 * {@link createRuntime}. Running work (`run`, `task`) and the manager's per-id operations
 * (cancel, status, result, …) come from `RuntimeTasks` (runtime-tasks.ts), groups from
 * `RuntimeGroups` (runtime-groups.ts); this class owns the scheduler, workers, teardowns
 * and disposal.
 *
 * @example
 * ```ts
 * const runtime = new Runtime({ frames: intervalFrames(60) });
 * const id = runtime.run(of(1), { description: 'one' });
 * ```
 */
export class Runtime extends RuntimeGroups {
  override readonly scheduler: FrameScheduler;
  #workerPool: Workers | undefined;
  readonly #teardowns: (() => void)[] = [];
  readonly #workerFactory: WorkerPoolFactory | undefined;

  constructor(options: RuntimeOptions) {
    // the limits go on as they are: the manager's own check accepts them, undefined or not
    const { maxConcurrent, clearAfter, workers, ...schedulerOptions } = parse(runtimeOptionsSchema, options, 'options');
    const scheduler = new FrameScheduler(schedulerOptions);
    super(new TaskManager({ scheduler, maxConcurrent, clearAfter }));
    this.scheduler = scheduler;
    this.#workerFactory = workers;
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
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.tasks.dispose();
    this.disposeGroups();
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
    if (this.isDisposed) {
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
    if (this.isDisposed) throw new DisposedError('Runtime');
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
}
