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
 * browser bundles never import Node code. Supports `resourceLimits` and exit codes.
 *
 * @example
 * ```ts
 * const pool = new WorkerPool({ scheduler, transport: nodeWorkerTransport() });
 * ```
 */
export function nodeWorkerTransport(): WorkerTransport {
  const Worker = loadWorkerClass();
  return { spawn: (options) => new NodeWorkerHandle(Worker, options) };
}

function loadWorkerClass(): NodeWorkerClass {
  const mod = process.getBuiltinModule('node:worker_threads') as unknown as { Worker: NodeWorkerClass };
  return mod.Worker;
}

class NodeWorkerHandle implements WorkerHandle {
  readonly #worker: NodeWorker;
  #error: unknown;
  #exitListener: ((exit: WorkerExit) => void) | undefined;

  constructor(Worker: NodeWorkerClass, { url, name, resourceLimits }: WorkerSpawnOptions) {
    this.#worker = new Worker(url, { name, resourceLimits, stdout: false, stderr: false });
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
