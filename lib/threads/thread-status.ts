/**
 * Where a task thread is in its life: `idle` (created), `starting` (its `enter` hook
 * runs), `running`, `stopping` (tasks, children and `exit` are being torn down), then
 * exactly one final status: `stopped` or `failed`.
 *
 * @example
 * ```ts
 * if (thread.status === 'running') thread.send(msg);
 * ```
 */
export type ThreadStatus = 'idle' | 'starting' | 'running' | 'stopping' | 'stopped' | 'failed';

/**
 * The statuses after which nothing more happens to a thread.
 *
 * @example
 * ```ts
 * const done: FinalThreadStatus = 'stopped';
 * ```
 */
export type FinalThreadStatus = Extract<ThreadStatus, 'stopped' | 'failed'>;

/**
 * True for `stopped` and `failed`.
 *
 * @example
 * ```ts
 * isFinalStatus(thread.status); // false while running
 * ```
 */
export function isFinalStatus(status: ThreadStatus): status is FinalThreadStatus {
  return status === 'stopped' || status === 'failed';
}
