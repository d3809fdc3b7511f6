import { WorkerCrashedError, WorkerLoadError } from '../../errors.js';
import type { WorkerExit } from '../worker-transport.js';

/**
 * The error for jobs on a worker that died: {@link WorkerLoadError} when the module never
 * got to `defineWorker` (missing file, syntax error, throw at load), else
 * {@link WorkerCrashedError} with the exit code; out of memory is named as such.
 *
 * @example
 * ```ts
 * job.fail(exitError(exit, slot.ready, job.where));
 * ```
 */
export function exitError(exit: WorkerExit, ready: boolean, where: string): Error {
  const cause = exit.error;
  const detail = cause instanceof Error ? `: ${cause.message}` : '';
  const code = exit.code === undefined ? '' : ` (exit code ${exit.code})`;
  const module = where.slice(0, where.lastIndexOf('#'));
  if (!ready) return new WorkerLoadError(`worker module ${module} failed to load${code}${detail}`, { cause });
  const oom = (cause as { code?: unknown } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
  const what = oom ? 'ran out of memory' : 'crashed';
  return new WorkerCrashedError(`worker running ${where} ${what}${code}${detail}`, exit.code, { cause });
}
