import { WorkerLoadError } from '../../errors.js';
import type { EventKind, RemoteErrorData } from '../protocol.js';
import { fromRemoteError } from './remote-error.js';
import type { WorkerJob } from './worker-job.js';
import type { PoolSlot } from './worker-set.js';

/**
 * Applies one event from a worker to the job it concerns. Events for jobs that were
 * cancelled in the meantime are ignored. A job the worker gave back unstarted (`'back'`)
 * goes to `requeue`.
 *
 * @example
 * ```ts
 * applyEvent(slot, 'ok', 7, 42, 0.01, requeue);
 * ```
 */
export function applyEvent(
  slot: PoolSlot,
  kind: EventKind,
  id: number,
  a: unknown,
  b: unknown,
  requeue: (job: WorkerJob) => void,
): void {
  if (kind === 'ready') {
    slot.ready = true;
    return;
  }
  if (kind === 'p') return slot.jobs.find((j) => j.seq === id)?.inbox.progress(a as unknown[]);
  // a progress value that could not be cloned (run ms -1): the call fails but may still run, so
  // it stays with its worker, which PoolCore.onBatchDone stops like a cancelled running call
  if (kind === 'err' && (b as number) < 0) return failRunning(slot, id, a as RemoteErrorData);
  const job = slot.take(id);
  if (!job) return;
  // given back unstarted: it goes to another worker (a cancelled one just leaves)
  if (kind === 'back') {
    if (job.state === 'sent') requeue(job);
    return;
  }
  if (kind === 'ok') {
    job.stats.record(b as number);
    return job.succeed(a);
  }
  if (kind === 'err') {
    job.stats.record(b as number);
    return job.fail(fromRemoteError(a as RemoteErrorData, job.where));
  }
  const has = (b as string[]).length > 0 ? (b as string[]).join(', ') : 'none';
  job.fail(new WorkerLoadError(`${slot.mod.key} has no worker function "${String(a)}" (it has: ${has})`));
}

function failRunning(slot: PoolSlot, id: number, error: RemoteErrorData): void {
  const job = slot.jobs.find((j) => j.seq === id);
  if (job?.state === 'sent') job.fail(fromRemoteError(error, job.where));
}
