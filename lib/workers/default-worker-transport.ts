import { browserWorkerTransport } from './browser-worker-transport.js';
import { nodeWorkerTransport } from './node-worker-transport.js';
import type { WorkerTransport } from './worker-transport.js';

/**
 * The transport for where the code runs: Node `worker_threads` under Node, module Web
 * Workers elsewhere.
 *
 * @example
 * ```ts
 * const transport = defaultWorkerTransport();
 * ```
 */
export function defaultWorkerTransport(): WorkerTransport {
  const proc = (globalThis as { process?: { getBuiltinModule?: unknown } }).process;
  return typeof proc?.getBuiltinModule === 'function' ? nodeWorkerTransport() : browserWorkerTransport();
}
