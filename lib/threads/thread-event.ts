import type { ThreadOutcome } from './thread-exit.js';
import type { ThreadStatus } from './thread-status.js';

/**
 * A thread's status change, as emitted on `ThreadHost.events$`: the source of truth
 * the tree (and the task-table link) are folded from. `outcome` is set on the final
 * status.
 *
 * @example
 * ```ts
 * host.events$.subscribe((e: ThreadEvent) => console.log(e.name, e.status));
 * ```
 */
export interface ThreadEvent {
  readonly id: string;
  readonly parentId: string | undefined;
  readonly name: string;
  readonly status: ThreadStatus;
  /** Frame-clock time of the change (ms). */
  readonly time: number;
  readonly outcome?: ThreadOutcome;
}
