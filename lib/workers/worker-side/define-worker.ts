import { Outbox } from './outbox.js';
import { TaskRunner } from './task-runner.js';
import type { WorkerFunctions } from './worker-functions.js';
import { currentWorkerPort, type WorkerPort } from './worker-port.js';

/**
 * Declares the functions a worker module offers and starts serving them. Call it once at
 * the top level of the worker module; each function gets its arguments, then a context
 * with `progress(value)` and an abort `signal`. Returns `fns`, so the module can export
 * them for typing. On a main thread (no worker port) it does nothing.
 *
 * @example
 * ```ts
 * // mesh.worker.ts
 * import { defineWorker } from 'frametasks/worker';
 * export default defineWorker({
 *   async build(params: Params, ctx) {
 *     for (let i = 0; i < 10; i++) { step(i); ctx.progress(i / 10); }
 *     return mesh;
 *   },
 * });
 * ```
 */
export function defineWorker<F extends WorkerFunctions>(fns: F, port: WorkerPort | undefined = currentWorkerPort()): F {
  if (!port) return fns;
  const outbox = new Outbox(port);
  const runner = new TaskRunner(fns, outbox, port.poll?.bind(port));
  port.listen((data) => runner.accept(data as unknown[]));
  outbox.push('ready', 0, 0, 0);
  outbox.flush();
  return fns;
}
