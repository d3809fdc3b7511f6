/**
 * The wire format between the pool and its workers. A message is a flat batch: every
 * entry takes {@link STRIDE} slots `[kind, id, a, b]`, so n entries are one array of 4n
 * values (structured clone and garbage cost per object, so no array per entry).
 *
 * Main → worker kinds: `'r'` run (a = function name, b = args), `'c'` cancel, `'m'`
 * messages to the task (a = values in order; consecutive ones for a task share an entry),
 * `'b'` give back a task that has not started (for another worker; ignored once started), `'s'`
 * the worker's started-call cell (a = a `SharedArrayBuffer`, first in the first batch, when
 * shared memory is available; see started-call-cell.ts). Both `'c'` and `'b'` drop a task that
 * has not started, and the worker answers `'back'`.
 * Worker → main kinds: `'ready'`; `'ok'` (a = value, b = run ms); `'err'` (a =
 * {@link RemoteErrorData}, b = run ms, or -1 when the task runs on: a progress value of it
 * could not be cloned); `'nofn'` (a = name, b = names it has); `'p'`
 * progress (a = values in order); `'back'` a task dropped unstarted (given back or cancelled).
 *
 * @example
 * ```ts
 * const batch: Batch = ['r', 1, 'resize', [img, 64], 'c', 0, 0, 0];
 * ```
 */
export type Batch = unknown[];

/**
 * Slots per batch entry.
 *
 * @example
 * ```ts
 * for (let i = 0; i < batch.length; i += STRIDE) handle(batch[i], batch[i + 1]);
 * ```
 */
export const STRIDE = 4;

/**
 * What the main thread sends: `'r'` run, `'c'` cancel, `'m'` inbound messages, `'b'` give back,
 * `'s'` the started-call cell.
 *
 * @example
 * ```ts
 * const kind: CommandKind = 'r';
 * ```
 */
export type CommandKind = 'r' | 'c' | 'm' | 'b' | 's';

/**
 * What a worker sends.
 *
 * @example
 * ```ts
 * const kind: EventKind = 'ok';
 * ```
 */
export type EventKind = 'ready' | 'ok' | 'err' | 'nofn' | 'p' | 'back';

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
