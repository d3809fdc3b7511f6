import { Observable } from '../rx.js';
import { DisposedError } from '../errors.js';
import { parse } from '../validation/parse.js';
import { array } from '../validation/schema.js';
import { defaultPoolSize } from './default-pool-size.js';
import { defaultWorkerTransport } from './default-worker-transport.js';
import { FrameInbox, type FrameDelivery } from './frame-inbox.js';
import { IdleSweeper } from './pool/idle-sweeper.js';
import { PoolCore } from './pool/pool-core.js';
import { WorkerJob } from './pool/worker-job.js';
import { ModuleRegistry } from './pool/module-registry.js';
import { SubscriberSink } from './pool/subscriber-sink.js';
import {
  execOptionsSchema,
  execOptionsShape,
  workerPoolOptionsSchema,
  type ExecOptions,
  type WorkerPoolOptions,
} from './worker-pool-options.js';
import { passesShape } from '../validation/passes-shape.js';
import { isWorkerTarget, workerTargetSchema, type WorkerTarget } from './worker-target.js';

/**
 * A pool of workers whose results, errors and progress arrive on frames (the start
 * phase of the scheduler's frames, one batch per task per frame). `exec()` returns a
 * cold observable: subscribing queues the call; unsubscribing cancels it, terminating
 * the worker if it is running (the pool replaces it). The `inbox` option streams
 * messages to the running call (`ctx.onMessage` in the worker).
 *
 * @example
 * ```ts
 * const pool = new WorkerPool({ scheduler: runtime.scheduler });
 * const mesh = { module: new URL('./mesh.worker.js', import.meta.url), fn: 'build' };
 * pool.exec<Mesh>(mesh, [params], { onProgress: (p) => bar.set(p) }).subscribe((m) => scene.add(m));
 * ```
 */
export class WorkerPool {
  readonly #scheduler: FrameDelivery;
  readonly #core: PoolCore;
  readonly #modules = new ModuleRegistry();
  #seq = 0;
  #disposed = false;

  constructor(options: WorkerPoolOptions) {
    const o = parse(workerPoolOptionsSchema, options, 'options');
    this.#scheduler = o.scheduler;
    const sweeper = new IdleSweeper(
      o.idleTimeoutMs ?? 2_000,
      () => this.#core.idleSlots(),
      (s) => this.#core.retire(s),
    );
    const transport = o.transport ?? defaultWorkerTransport();
    const size = o.size ?? defaultPoolSize();
    const inFrame = () => this.#scheduler.inFrame === true;
    const threads = { resourceLimits: o.resourceLimits, nice: o.nice };
    this.#core = new PoolCore(size, transport, sweeper, threads, o.cancelGraceMs, inFrame);
  }

  /** Pool workers at most (standalone workers not counted). */
  get size(): number {
    return this.#core.size;
  }

  /** Live workers: `pool` ones and `standalone` ones; `queued` jobs waiting for a worker. */
  get stats(): { readonly pool: number; readonly standalone: number; readonly queued: number } {
    return this.#core.stats();
  }

  /**
   * Runs `target.fn(...args, ctx)` in a worker. Emits the result once, on a frame.
   *
   * @example
   * ```ts
   * pool.exec<number>({ module: url, fn: 'sum' }, [[1, 2, 3]]).subscribe((n) => console.log(n));
   * ```
   */
  exec<T = unknown>(target: WorkerTarget, args: readonly unknown[] = [], options: ExecOptions = {}): Observable<T> {
    if (!isWorkerTarget(target)) parse(workerTargetSchema, target, 'target');
    if (!Array.isArray(args)) parse(execArgsSchema, args, 'args');
    const o = passesShape(execOptionsShape, options)
      ? (options as ExecOptions)
      : parse(execOptionsSchema, options, 'options');
    return new Observable<T>((subscriber) => {
      if (this.#disposed) return subscriber.error(new DisposedError('WorkerPool'));
      const inbox = new FrameInbox(
        this.#scheduler,
        o.progress ?? 'latest',
        new SubscriberSink(subscriber, o.onProgress),
      );
      const mod = this.#modules.get(target.module);
      const stats = this.#modules.stats(mod, target.fn);
      const job = new WorkerJob(++this.#seq, o.priority ?? 0, mod, target.fn, stats, args, o.transfer ?? [], inbox);
      this.#core.submit(job, o.standalone === true);
      const mail = o.inbox?.subscribe({ next: (m) => this.#core.message(job, m), error: (e) => subscriber.error(e) });
      return () => {
        mail?.unsubscribe();
        inbox.close();
        this.#core.cancel(job);
      };
    });
  }

  /** Terminates every worker; queued and running calls fail with {@link DisposedError}. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#core.dispose(new DisposedError('WorkerPool'));
  }
}

const execArgsSchema = array(); // an array of arguments
