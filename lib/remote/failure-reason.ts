import {
  RemoteStalledError,
  RemoteTaskError,
  TaskCancelledError,
  TaskTimeoutError,
  UnknownRemoteFunctionError,
} from '../errors.js';

/**
 * What the worker side writes as a job's `failedReason`: readable in Bull Board, parseable
 * here. The name is always written (a message alone could itself look like `Name [CODE]: ...`
 * and be taken apart), the code when there is one (any code without spaces or `]`).
 */
const pattern = /^(\w+)(?: \[([^\]\s]+)\])?: ([\s\S]*)$/;

/** The failure reason BullMQ writes when a job's workers died while running it too often. */
const STALLED = 'job stalled more than allowable limit';

/**
 * Encodes an error thrown on the worker side as a job's failure reason:
 * `Name [CODE]: message`, or `Name: message` when it has no code (`Error` for a throw of a non-error).
 *
 * @example
 * ```ts
 * encodeFailure(new UnknownRemoteFunctionError('no fn "x"')); // 'UnknownRemoteFunctionError [ERR_...]: no fn "x"'
 * encodeFailure(new TypeError('x is not a function')); // 'TypeError: x is not a function'
 * ```
 */
export function encodeFailure(error: unknown): string {
  const e = error as { name?: unknown; code?: unknown; message?: unknown } | null;
  const message = typeof e?.message === 'string' ? e.message : String(error);
  const name = typeof e?.name === 'string' && /^\w+$/.test(e.name) ? e.name : 'Error';
  return typeof e?.code === 'string' && /^[^\]\s]+$/.test(e.code)
    ? `${name} [${e.code}]: ${message}`
    : `${name}: ${message}`;
}

/**
 * Turns a job's failure reason back into the named error the task fails with.
 *
 * @example
 * ```ts
 * decodeFailure('boom', 'j1'); // RemoteTaskError('boom')
 * ```
 */
export function decodeFailure(reason: string, taskId: string): Error {
  // BullMQ's own reason, written whole by its stalled-jobs check: a user's message that only quotes it is the user's
  if (reason === STALLED) {
    return new RemoteStalledError(`remote job stalled too often (its workers died while running it): ${reason}`);
  }
  const match = pattern.exec(reason);
  if (!match) return new RemoteTaskError(reason, undefined, undefined);
  const [, name, code, message = ''] = match; // code: undefined when the error had none
  if (name === 'UnknownRemoteFunctionError') return new UnknownRemoteFunctionError(message);
  if (name === 'TaskTimeoutError') return new TaskTimeoutError(taskId, Number(/(\d+) ms/.exec(message)?.[1] ?? 0));
  if (name === 'TaskCancelledError') return new TaskCancelledError(taskId);
  return new RemoteTaskError(message, name, code);
}
