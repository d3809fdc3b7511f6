import { asyncScheduler } from 'rxjs';
import type { WorkerFunctions } from '../worker-side/worker-functions.js';
import type { WorkerHandle, WorkerSpawnOptions, WorkerTransport } from '../worker-transport.js';
import { FakeWorker } from './fake-worker.js';

/**
 * A worker transport that runs worker functions in the same thread, on RxJS's async
 * scheduler, so code using a `WorkerPool` can be marble-tested in
 * `TestScheduler.run`. Unknown module URLs fail to load like a missing file.
 *
 * @example
 * ```ts
 * const transport = new FakeWorkerTransport({ 'mesh.js': { build: (n: number) => timer(30).pipe(map(() => n * 2)) } });
 * const pool = new WorkerPool({ scheduler, transport });
 * expectObservable(pool.exec({ module: 'mesh.js', fn: 'build' }, [21])).toBe('...');
 * ```
 */
export class FakeWorkerTransport implements WorkerTransport {
  /** Every worker spawned so far, in order. */
  readonly workers: FakeWorker[] = [];
  readonly #modules: Readonly<Record<string, WorkerFunctions>>;
  readonly #options: { readonly latencyMs?: number };

  constructor(modules: Readonly<Record<string, WorkerFunctions>>, options: { readonly latencyMs?: number } = {}) {
    this.#modules = modules;
    this.#options = options;
  }

  readonly defer = (fn: () => void): void => {
    asyncScheduler.schedule(fn);
  };

  /** Workers not yet exited. */
  get alive(): FakeWorker[] {
    return this.workers.filter((w) => !w.exited);
  }

  spawn({ url }: WorkerSpawnOptions): WorkerHandle {
    const key = typeof url === 'string' ? url : url.href;
    const worker = new FakeWorker(key, this.#modules[key], this.#options.latencyMs ?? 0);
    this.workers.push(worker);
    return worker;
  }
}
