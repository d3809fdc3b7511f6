import type { TrackedJob } from './tracked-job.js';

/**
 * What to add to Redis for a job: its function name, data and BullMQ options (the job id
 * is the tracked job's).
 *
 * @example
 * ```ts
 * const add: RemoteAdd = { fn: 'resize', data: { src }, jobOptions: { attempts: 2 } };
 * ```
 */
export interface RemoteAdd {
  readonly fn: string;
  readonly data: unknown;
  readonly jobOptions: object;
}

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
  /** Follows the job and adds it; `add` undefined for a job someone else added (mirror). */
  track(job: TrackedJob, add: RemoteAdd | undefined): void;
  /** The row ended first (cancel, timeout, unsubscribe): stop the job. */
  release(job: TrackedJob): void;
}
