/**
 * How a worker ended: its exit code where the platform gives one, and the error that
 * killed it, if any (uncaught exception, out of memory, module failed to load).
 *
 * @example
 * ```ts
 * handle.onExit(({ code, error }) => console.log(code, error));
 * ```
 */
export interface WorkerExit {
  readonly code: number | undefined;
  readonly error: unknown;
}

/**
 * Options for starting one worker. `resourceLimits` applies to Node `worker_threads`
 * only (e.g. `{ maxOldGenerationSizeMb: 64 }`), `nice` to Node on Linux only.
 *
 * @example
 * ```ts
 * transport.spawn({ url: new URL('./mesh.worker.js', import.meta.url), name: 'mesh' });
 * ```
 */
export interface WorkerSpawnOptions {
  readonly url: string | URL;
  readonly name?: string;
  readonly resourceLimits?: Readonly<Record<string, number>>;
  /** Added to the spawning thread's nice value for the worker thread (0-19): above 0 it yields the cores to it. */
  readonly nice?: number;
}

/**
 * What every worker of a pool is started with.
 *
 * @example
 * ```ts
 * const threads: ThreadOptions = { resourceLimits: { maxOldGenerationSizeMb: 64 }, nice: 10 };
 * ```
 */
export type ThreadOptions = Pick<WorkerSpawnOptions, 'resourceLimits' | 'nice'>;

/**
 * One running worker, as the pool sees it: the standard `Worker` message interface.
 * `onExit` fires exactly once, after the last message, including after `terminate()`.
 *
 * @example
 * ```ts
 * const handle = transport.spawn({ url });
 * handle.onMessage((data) => console.log(data));
 * handle.postMessage([['r', 1, 'double', [21]]]);
 * ```
 */
export interface WorkerHandle {
  postMessage(message: unknown, transfer?: readonly Transferable[]): void;
  onMessage(listener: (data: unknown) => void): void;
  onExit(listener: (exit: WorkerExit) => void): void;
  terminate(): void;
  /** Lets a Node process exit while this worker is idle (no-op elsewhere). */
  unref?(): void;
  /** Undoes {@link unref}. */
  ref?(): void;
}

/**
 * Starts workers. Adapters: {@link nodeWorkerTransport}, {@link browserWorkerTransport},
 * and `FakeWorkerTransport` (from `frametasks/testing`) for marble tests.
 *
 * @example
 * ```ts
 * const pool = new WorkerPool({ scheduler, transport: nodeWorkerTransport() });
 * ```
 */
export interface WorkerTransport {
  spawn(options: WorkerSpawnOptions): WorkerHandle;
  /**
   * How the pool defers sending a batch of commands. Default `queueMicrotask`; the fake
   * transport uses RxJS's async scheduler so batches flow in virtual time.
   */
  readonly defer?: (fn: () => void) => void;
}
