import { exitError } from './exit-error.js';
import type { WorkerJob } from './worker-job.js';
import type { WorkerExit } from '../worker-transport.js';

/**
 * What becomes of the live jobs a worker held when it ended. The first one was running:
 * if the worker died under it, it fails; the others never started, so they go back to
 * the queue (`requeue`), never to run twice — unless the worker never loaded, when they
 * all fail with its load error. A worker the pool retired (`exit` undefined) ran a
 * cancelled job first; the waiting ones go back to the queue.
 *
 * @example
 * ```ts
 * releaseJobs(slot.jobs.splice(0), { exit, ready: slot.ready }, (job) => requeue(job));
 * ```
 */
export function releaseJobs(
  jobs: readonly WorkerJob[],
  ended: { readonly exit: WorkerExit; readonly ready: boolean } | undefined,
  requeue: (job: WorkerJob) => void,
): void {
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i] as WorkerJob;
    if (job.state !== 'sent') continue;
    if (i > 0 && (!ended || ended.ready)) requeue(job);
    else if (ended) job.fail(exitError(ended.exit, ended.ready, job.where));
  }
}
