import type { Observable } from 'rxjs';
import { defineWork, type DefinedWork, type WorkSpec } from '../tasks/define-work.js';
import type { TaskContext } from '../tasks/task-types.js';
import { newJobId } from './main-side/job-id.js';
import { RemoteJobBody } from './main-side/remote-job-body.js';
import type { RemoteAdd, RemoteWorkHost } from './main-side/remote-work-host.js';

/**
 * The spec of one remote work value: a class, so a job costs no closures; its body is
 * a {@link RemoteJobBody}'s. With a fixed `jobId` the id is in the row's meta from the
 * start (the submitted event), else each start draws one and reports it. The meta's
 * `attempt` is 1 from the start (the attempt the job waits for or runs), so a job's
 * first run costs no meta event; a retry or a crash recovery raises it.
 */
class RemoteWorkSpec<T> implements WorkSpec<T>, RemoteAdd {
  readonly kind = 'remote';
  readonly startsWhen = 'reported';
  readonly meta: Readonly<Record<string, unknown>>;

  constructor(
    readonly host: RemoteWorkHost,
    readonly fn: string,
    readonly data: unknown,
    readonly jobOptions: object,
    readonly description: string,
    readonly jobId: string | undefined,
    /** The job is in Redis already (mirror): follow it, do not add it. */
    readonly existing: boolean,
    /** Called with each progress the row takes (`run`'s frame-delivered `onProgress`). */
    readonly onProgress: ((value: unknown) => void) | undefined,
  ) {
    this.meta = jobId === undefined ? { queue: host.name } : { queue: host.name, jobId, attempt: 1 };
  }

  body(ctx: TaskContext): Observable<T> {
    let jobId = this.jobId;
    if (jobId === undefined) {
      jobId = newJobId();
      ctx.setMeta?.({ jobId, attempt: 1 });
    }
    return new RemoteJobBody<T>(this.host, jobId, ctx, this.existing ? undefined : this, this.onProgress).body$;
  }
}

/**
 * The `Work` value of one remote job: on start it adds the job (or follows an existing
 * one); the row stays `pending` until a worker takes it; unsubscribing stops it. A
 * `jobId` makes the work run once (the id of its one job, shown from submission on);
 * without one each run adds a job of its own.
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
  jobOptions: object,
  description: string,
  jobId?: string,
  existing = false,
  onProgress?: (value: unknown) => void,
): DefinedWork<T> {
  return defineWork<T>(new RemoteWorkSpec<T>(host, fn, data, jobOptions, description, jobId, existing, onProgress));
}
