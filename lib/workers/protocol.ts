/**
 * A command from the main thread to a worker: run a function (`'r'`, id, name, args) or
 * cancel one (`'c'`, id). Commands travel in arrays so one message can carry many.
 *
 * @example
 * ```ts
 * const batch: MainCommand[] = [['r', 1, 'resize', [img, 64]], ['c', 0]];
 * ```
 */
export type MainCommand = readonly ['r', number, string, readonly unknown[]] | readonly ['c', number];

/**
 * An error as it crosses the thread boundary (plain data).
 *
 * @example
 * ```ts
 * const e: RemoteErrorData = { name: 'TypeError', message: 'x is undefined', stack: '...', code: undefined };
 * ```
 */
export interface RemoteErrorData {
  readonly name: string;
  readonly message: string;
  readonly stack: string | undefined;
  readonly code: string | undefined;
}

/**
 * An event from a worker: ready, a result with its run time in ms, a failure, a missing
 * function (with the names it has), or progress values in order. Events travel in arrays.
 *
 * @example
 * ```ts
 * const batch: WorkerEvent[] = [['p', 1, [0.5, 0.9]], ['ok', 1, result, 3.2]];
 * ```
 */
export type WorkerEvent =
  | readonly ['ready']
  | readonly ['ok', number, unknown, number]
  | readonly ['err', number, RemoteErrorData, number]
  | readonly ['nofn', number, string, readonly string[]]
  | readonly ['p', number, unknown[]];
