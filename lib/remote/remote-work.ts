import { randomUUID } from 'node:crypto';
import { Observable } from 'rxjs';
import { defineWork, type DefinedWork } from '../tasks/define-work.js';
import { TrackedJob } from './tracked-job.js';

/**
 * What a remote work body needs from its queue.
 *
 * @example
 * ```ts
 * const host: RemoteWorkHost = remoteQueueInternals;
 * ```
 */
export interface RemoteWorkHost {
  readonly name: string;
  /** Follows the job; `add` false for a job someone else added (mirror). */
  track(job: TrackedJob, add: { fn: string; data: unknown; options: Record<string, unknown> } | undefined): void;
  /** The row ended first (cancel, timeout, unsubscribe): stop the job. */
  release(job: TrackedJob): void;
}

/**
 * The `Work` value of one remote job: on start it adds the job (or follows an existing
 * one); the row stays `pending` until a worker takes it; unsubscribing stops it.
 *
 * @example
 * ```ts
 * runtime.run(remoteWork(host, 'resize', { src }, {}, 'resize'));
 * ```
 */
export function remoteWork<T>(
  host: RemoteWorkHost,
  fn: string,
  data: unknown,
  jobOptions: Record<string, unknown>,
  description: string,
  existingJobId?: string,
): DefinedWork<T> {
  return defineWork<T>({
    kind: 'remote',
    startsWhen: 'reported',
    description,
    meta: { queue: host.name },
    body: (ctx) =>
      new Observable<T>((subscriber) => {
        ctx.resultOnly?.();
        const jobId = existingJobId ?? randomUUID();
        ctx.setMeta?.({ jobId, attempt: 0 });
        const job = new TrackedJob(jobId, ctx.id, {
          started: () => ctx.started?.(),
          attempt: (attempt) => ctx.setMeta?.({ attempt }),
          progress: (value) => ctx.progress(value),
          completed: (result) => (subscriber.next(result as T), subscriber.complete()),
          failed: (error) => subscriber.error(error),
        });
        host.track(job, existingJobId === undefined ? { fn, data, options: { ...jobOptions, jobId } } : undefined);
        return () => host.release(job);
      }),
  });
}
