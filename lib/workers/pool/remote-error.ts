import { WorkerTaskError } from '../../errors.js';
import type { RemoteErrorData } from '../protocol.js';

/**
 * Rebuilds a worker's error on the main thread: a {@link WorkerTaskError} whose `cause`
 * is an `Error` with the remote name, message, stack and code.
 *
 * @example
 * ```ts
 * const error = fromRemoteError(data, 'mesh.worker.js#build');
 * ```
 */
export function fromRemoteError(data: RemoteErrorData, where: string): WorkerTaskError {
  const cause = Object.assign(new Error(data.message), { name: data.name, code: data.code });
  if (data.stack !== undefined) cause.stack = data.stack;
  return new WorkerTaskError(`${where} failed: ${data.name}: ${data.message}`, { cause });
}
