import type { Observable } from 'rxjs';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import type { TaskManager } from '../tasks/task-manager.js';
import type { TaskContext } from '../tasks/task-types.js';
import { parse } from '../validation/parse.js';
import { WorkerPool } from './worker-pool.js';
import type { ExecOptions, PoolOptions } from './worker-pool-options.js';
import { workerRunOptionsSchema, type WorkerRunOptions } from './worker-run-options.js';
import type { WorkerTarget } from './worker-target.js';

/**
 * What {@link Workers} needs: a runtime, or its scheduler and task manager.
 *
 * @example
 * ```ts
 * const host: WorkersHost = { scheduler: runtime.scheduler, tasks: runtime.tasks };
 * ```
 */
export interface WorkersHost {
  readonly scheduler: FrameScheduler;
  readonly tasks: TaskManager;
}

/**
 * Worker tasks in the task table (the seed's ThreadManager): `run()` submits a worker
 * call as a task of kind `worker` and returns its id; hooks run at the start of a frame.
 * Create it with {@link createWorkers}.
 *
 * @example
 * ```ts
 * const workers = createWorkers(runtime);
 * const id = workers.run(mesh, [params], { onProgress: (p) => bar.set(p), onSuccess: (m) => scene.add(m) });
 * runtime.cancel(id); // terminates the worker running it
 * ```
 */
export class Workers {
  readonly pool: WorkerPool;
  readonly #host: WorkersHost;

  constructor(host: WorkersHost, options: PoolOptions = {}) {
    this.#host = host;
    this.pool = new WorkerPool({ ...options, scheduler: host.scheduler });
  }

  /**
   * Runs `target.fn(...args, ctx)` in a worker as a task; returns the task id.
   *
   * @example
   * ```ts
   * const id = workers.run({ module: url, fn: 'resize' }, [image, 64], { standalone: false, timeout: 5_000 });
   * ```
   */
  run<T = unknown>(target: WorkerTarget, args: readonly unknown[] = [], options: WorkerRunOptions<T> = {}): string {
    const { description, info, timeout, priority, onSuccess, onError, ...exec } = parse(
      workerRunOptionsSchema,
      options,
      'options',
    ) as WorkerRunOptions<T>;
    const body = (ctx: TaskContext) => {
      ctx.resultOnly?.(); // the worker's return value is its result; progress comes from ctx.progress
      return this.#exec<T>(target, args, { ...exec, priority }, ctx);
    };
    const meta = { standalone: exec.standalone === true, worker: String(target.fn) };
    const id = this.#host.tasks.submit(body, { description, info, timeout, priority, kind: 'worker', meta });
    if (onSuccess || onError) this.#hook(id, onSuccess, onError);
    return id;
  }

  /** Terminates every worker. */
  dispose(): void {
    this.pool.dispose();
  }

  #exec<T>(target: WorkerTarget, args: readonly unknown[], o: ExecOptions, ctx: TaskContext): Observable<T> {
    const onProgress = o.onProgress;
    const all = o.progress === 'all';
    // called in a frame: a worker the call needs started starts right after it (see JobDispatch)
    return this.pool.exec<T>(target, args, {
      ...o,
      onProgress: (p: unknown) => {
        ctx.progress(all ? (p as unknown[])[(p as unknown[]).length - 1] : p);
        onProgress?.(p);
      },
    });
  }

  #hook<T>(id: string, onSuccess?: (r: T) => void, onError?: (e: unknown) => void): void {
    const guard = (fn: () => void) => {
      try {
        fn();
      } catch (error) {
        // a throwing hook must not escape into RxJS's unhandled-error path: report it on the scheduler
        this.#host.scheduler.atStartOfFrame(() => {
          throw error;
        });
      }
    };
    this.#host.tasks.result<T>(id).subscribe({
      next: (r) => onSuccess && guard(() => onSuccess(r)),
      error: (e: unknown) => onError && guard(() => onError(e)),
    });
  }
}

/**
 * Creates {@link Workers} for a runtime (or any scheduler + task manager pair).
 *
 * @example
 * ```ts
 * const workers = createWorkers(runtime, { size: 2 });
 * ```
 */
export function createWorkers(host: WorkersHost, options?: PoolOptions): Workers {
  return new Workers(host, options);
}
