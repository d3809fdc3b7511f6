/**
 * A worker function: called with the task's arguments and then its `WorkerContext`;
 * may return a value or a promise.
 *
 * @example
 * ```ts
 * const double: WorkerFunction = (n: number) => n * 2;
 * ```
 */
export type WorkerFunction = (...args: any[]) => unknown;

/**
 * The functions a worker module offers, by name.
 *
 * @example
 * ```ts
 * const fns: WorkerFunctions = { double: (n: number) => n * 2 };
 * ```
 */
export type WorkerFunctions = Readonly<Record<string, WorkerFunction>>;
