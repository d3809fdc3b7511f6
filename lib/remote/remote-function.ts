/**
 * What a remote function gets besides its data: the abort signal (aborted on cancel and
 * timeout), a progress reporter (→ `job.updateProgress`, the latest value wins) and the
 * job's id and attempt. The same shape as a local worker's context.
 *
 * @example
 * ```ts
 * const fn: RemoteFunction = async (data, ctx) => { ctx.progress(0.5); return data; };
 * ```
 */
export interface RemoteJobContext {
  readonly signal: AbortSignal;
  progress(value: unknown): void;
  readonly jobId: string;
  /** 1 on the first run; more after a worker crashed or a retry. */
  readonly attempt: number;
}

/**
 * A function a worker serves: `(data, ctx)`, as for `defineWorker`. Its return value (JSON
 * data) is the task's result; a throw fails the attempt.
 *
 * @example
 * ```ts
 * const search: RemoteFunction<{ q: string }, string[]> = async ({ q }, { signal }) => db.find(q, { signal });
 * ```
 */
export type RemoteFunction<D = any, R = unknown> = (data: D, ctx: RemoteJobContext) => R | PromiseLike<R>;

/**
 * The functions a worker serves, by name (the job's name).
 *
 * @example
 * ```ts
 * const fns: RemoteFunctions = { search, render };
 * ```
 */
export type RemoteFunctions = Readonly<Record<string, RemoteFunction>>;
