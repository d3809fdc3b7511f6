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
 * });
 * ```
 */
export interface WorkerContext {
  /** The task's number within this worker. */
  readonly id: number;
  /** Aborted when the main thread cancels the task (cooperative cancel). */
  readonly signal: AbortSignal;
  /** Sends progress to the main thread; batched, delivered on a frame there. */
  progress(value: unknown): void;
}
