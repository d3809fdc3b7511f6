import type { Observable } from 'rxjs';

/**
 * Lifecycle status of a task (TDAsyncIO's statuses).
 *
 * @example
 * ```ts
 * const failing = runtime.table$.value.filter((row) => row.status === 'failed');
 * ```
 */
export type TaskStatus = 'pending' | 'running' | 'completed' | 'failed' | 'cancelled' | 'timeout';

/**
 * Where a task's work runs: on frames, time-sliced on frames, in a worker, a task thread, or on another machine.
 *
 * @example
 * ```ts
 * const remote = runtime.table$.value.filter((row) => row.kind === 'remote');
 * ```
 */
export type TaskKind = 'frame' | 'sliced' | 'worker' | 'thread' | 'remote';

/**
 * Why a task was cancelled:
 * - `explicit`: `cancel(id)`, `cancelActive()`, `clearAll()`, a group's `cancelAll()` or `dispose()`;
 * - `unsubscribed`: the subscriber of `runtime.task()` (or of a policy operator's output) went away;
 * - `restarted`: `switchTask` started a newer task in its place;
 * - `superseded`: `keepLatestTask` replaced the waiting task with a newer one;
 * - `owner`: the task's `owner` ended first;
 * - `parent`: the task thread it belongs to stopped;
 * - `disposed`: the runtime was disposed.
 *
 * @example
 * ```ts
 * runtime.events$.subscribe((e) => { if (e.type === 'cancelled' && e.reason === 'restarted') count++; });
 * ```
 */
export type CancelReason = 'explicit' | 'unsubscribed' | 'restarted' | 'superseded' | 'owner' | 'parent' | 'disposed';

/**
 * Statuses after which nothing more happens to a task.
 *
 * @example
 * ```ts
 * const done = (s: TaskStatus): s is TerminalStatus => isTerminal(s);
 * ```
 */
export type TerminalStatus = Extract<TaskStatus, 'completed' | 'failed' | 'cancelled' | 'timeout'>;

/**
 * An error as the table shows it (plain data, safe to render or serialise).
 *
 * @example
 * ```ts
 * const e: TaskErrorInfo = { name: 'TaskTimeoutError', code: 'ERR_FRAMETASKS_TASK_TIMEOUT', message: 'timed out after 100 ms' };
 * ```
 */
export interface TaskErrorInfo {
  readonly name: string;
  readonly code: string | undefined;
  readonly message: string;
}

/**
 * What a running task's body gets: its id, an `AbortSignal` (created on first read, so
 * tasks that never look at it pay nothing) and an explicit progress reporter.
 *
 * @example
 * ```ts
 * runtime.tasks.submit((ctx) => defer(() => fetch(url, { signal: ctx.signal })));
 * ```
 */
export interface TaskContext {
  readonly id: string;
  readonly signal: AbortSignal;
  /** Reports progress; the latest value lands in the task's row (`progress`). */
  progress(value: unknown): void;
  /**
   * Declares that the values the body emits are its result only, not progress (progress
   * then comes from `progress()` alone), as for a generator's return value or a worker's
   * result. Contexts that do not track results may omit it.
   */
  resultOnly?(): void;
  /**
   * Merges facts into the row's `meta` (e.g. a remote job's attempt number). Contexts
   * outside a task manager may omit it.
   */
  setMeta?(patch: Readonly<Record<string, unknown>>): void;
  /**
   * For work defined with `startsWhen: 'reported'` (see `defineWork`): the work really
   * started now (e.g. a queued remote job became active). Until then the row stays
   * `pending` and the timeout does not run. A no-op for other tasks.
   */
  started?(): void;
}

/**
 * The one shape every kind of work is normalised to. Subscribing starts the work;
 * unsubscribing stops it (cancel means stop). The last value emitted before completion
 * is the task's result; errors fail the task.
 *
 * @example
 * ```ts
 * const body: TaskBody<number> = () => of(42);
 * ```
 */
export type TaskBody<T> = (ctx: TaskContext) => Observable<T>;
