/**
 * What a worker function gets as its last argument.
 *
 * @example
 * ```ts
 * defineWorker({
 *   count(n: number, ctx: WorkerContext) {
 *     for (let i = 0; i < n && !ctx.signal.aborted; i++) ctx.progress(i / n);
 *     return n;
 *   },
 *   echo(ctx: WorkerContext) {
 *     return new Promise((done) => ctx.onMessage((m) => (m === 'bye' ? done(0) : ctx.progress(m))));
 *   },
 * });
 * ```
 */
export interface WorkerContext {
  /** The task's number within this worker. */
  readonly id: number;
  /** Aborted when the main thread cancels the task (cooperative cancel). */
  readonly signal: AbortSignal;
  /**
   * Sends progress to the main thread; batched, delivered on a frame there. In a
   * `workerThread`, every value is an UP message of the thread.
   */
  progress(value: unknown): void;
  /**
   * Listens to messages the main thread sends to this running task (exec's `inbox`, a
   * `workerThread`'s IN). Messages sent before the first listener are held for it, in
   * order; returns the function that removes the listener. A throwing listener is an
   * uncaught error in the worker (it crashes).
   */
  onMessage(listener: (message: any) => void): () => void;
}
