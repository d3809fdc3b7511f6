import type { WorkerExit, WorkerHandle, WorkerSpawnOptions, WorkerTransport } from './worker-transport.js';

/**
 * Module Web Workers (`new Worker(url, { type: 'module' })`). Browsers give no exit
 * codes; an uncaught error in the worker counts as a crash (code undefined).
 *
 * @example
 * ```ts
 * const pool = new WorkerPool({ scheduler, transport: browserWorkerTransport() });
 * ```
 */
export function browserWorkerTransport(): WorkerTransport {
  return { spawn: (options) => new BrowserWorkerHandle(options) };
}

class BrowserWorkerHandle implements WorkerHandle {
  readonly #worker: Worker;
  #exited = false;
  #exitListener: ((exit: WorkerExit) => void) | undefined;

  constructor({ url, name }: WorkerSpawnOptions) {
    this.#worker = new Worker(url, { type: 'module', name });
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#exit(event.error ?? new Error(event.message || 'worker error (module failed to load?)'));
    });
    this.#worker.addEventListener('messageerror', () => this.#exit(new Error('a message could not be deserialised')));
  }

  postMessage(message: unknown, transfer?: readonly Transferable[]): void {
    this.#worker.postMessage(message, transfer ? [...transfer] : []);
  }

  onMessage(listener: (data: unknown) => void): void {
    this.#worker.addEventListener('message', (event) => listener(event.data));
  }

  onExit(listener: (exit: WorkerExit) => void): void {
    this.#exitListener = listener;
  }

  /** A browser worker that errors may live on, but the pool cannot trust it: end it. */
  terminate(): void {
    this.#exit(undefined);
  }

  #exit(error: unknown): void {
    if (this.#exited) return;
    this.#exited = true;
    this.#worker.terminate();
    queueMicrotask(() => this.#exitListener?.({ code: undefined, error }));
  }
}
