import type { WorkerExit, WorkerHandle, WorkerSpawnOptions, WorkerTransport } from './worker-transport.js';

type NodeWorker = {
  postMessage(m: unknown, t?: readonly Transferable[]): void;
  on(event: string, listener: (arg: any) => void): void;
  terminate(): Promise<number>;
  ref(): void;
  unref(): void;
};
type NodeWorkerClass = new (url: string | URL, options: Record<string, unknown>) => NodeWorker;

/**
 * Workers on Node `worker_threads`, loaded through `process.getBuiltinModule` so that
 * browser bundles never import Node code. Supports `resourceLimits`, exit codes and (on
 * Linux) a lower priority for the worker threads (`nice`).
 *
 * @example
 * ```ts
 * const pool = new WorkerPool({ scheduler, transport: nodeWorkerTransport() });
 * ```
 */
export function nodeWorkerTransport(): WorkerTransport {
  const { Worker } = process.getBuiltinModule('node:worker_threads') as unknown as { Worker: NodeWorkerClass };
  return { spawn: (options) => new NodeWorkerHandle(Worker, options) };
}

/** This process's thread ids (Linux), or none where /proc does not list them. */
function threadIds(): string[] {
  try {
    return process.getBuiltinModule('node:fs').readdirSync('/proc/self/task');
  } catch {
    return [];
  }
}

/**
 * Lowers the threads started since `before` by `nice` below the calling thread (nice
 * values add, as with `nice -n`, so no privilege is needed). `new Worker()` starts its
 * thread before it returns, so the new id is the worker's, and the thread boots
 * (isolate, Node, the module) already at that priority; Linux's setpriority() on a
 * thread id sets that thread alone.
 */
function lowerNewThreads(before: readonly string[], nice: number): void {
  const os = process.getBuiltinModule('node:os');
  const value = Math.min(19, os.getPriority() + nice);
  for (const id of threadIds()) {
    try {
      if (!before.includes(id)) os.setPriority(+id, value);
    } catch {
      // the thread already ended (a module that failed to load): nothing to lower
    }
  }
}

class NodeWorkerHandle implements WorkerHandle {
  readonly #worker: NodeWorker;
  #error: unknown;
  #exitListener: ((exit: WorkerExit) => void) | undefined;

  constructor(Worker: NodeWorkerClass, { url, name, resourceLimits, nice }: WorkerSpawnOptions) {
    const before = nice ? threadIds() : [];
    this.#worker = new Worker(url, { name, resourceLimits, stdout: false, stderr: false });
    if (nice) lowerNewThreads(before, nice);
    this.#worker.on('error', (error: unknown) => (this.#error ??= error));
    this.#worker.on('exit', (code: number) => this.#exitListener?.({ code, error: this.#error }));
  }

  postMessage(message: unknown, transfer?: readonly Transferable[]): void {
    this.#worker.postMessage(message, transfer);
  }

  onMessage(listener: (data: unknown) => void): void {
    this.#worker.on('message', listener);
  }

  onExit(listener: (exit: WorkerExit) => void): void {
    this.#exitListener = listener;
  }

  terminate(): void {
    void this.#worker.terminate();
  }

  ref(): void {
    this.#worker.ref();
  }

  unref(): void {
    this.#worker.unref();
  }
}
