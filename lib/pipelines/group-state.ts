import type { TaskRow } from '../tasks/task-row.js';

/**
 * The live state of a {@link TaskGroup} (ember-concurrency's derived state): what a UI
 * binds a spinner or a "retry" button to. Counts cover every task the group ever had;
 * `failed` includes timeouts; `dropped` counts values `exhaustTask` dropped (no row).
 *
 * @example
 * ```ts
 * group.state$.subscribe((s: GroupState) => spinner.toggle(s.isRunning));
 * ```
 */
export interface GroupState {
  readonly running: number;
  readonly pending: number;
  /** Tasks submitted to the group (rows), whatever became of them. */
  readonly performed: number;
  readonly completed: number;
  /** Failed or timed out. */
  readonly failed: number;
  readonly cancelled: number;
  readonly dropped: number;
  readonly isRunning: boolean;
  /** Nothing running or pending. */
  readonly isIdle: boolean;
  /** The row of the task submitted last. */
  readonly last: TaskRow | undefined;
  readonly lastCompleted: TaskRow | undefined;
  /** The row of the last task that failed or timed out. */
  readonly lastFailed: TaskRow | undefined;
}
