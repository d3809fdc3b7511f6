import type { TaskRow } from '../tasks/task-row.js';
import type { Runtime } from '../runtime/runtime.js';
import type { DevtoolsState } from './devtools-state.js';
import type { EventLog } from './event-log.js';
import type { FrameHistory } from './frame-history.js';

/**
 * What the panel reads and calls of a runtime (a {@link Runtime} has it all). Only types
 * come from the core, so the devtools entry adds none of the core's code to a bundle.
 *
 * @example
 * ```ts
 * const target: DevtoolsRuntime = runtime;
 * ```
 */
export type DevtoolsRuntime = Pick<
  Runtime,
  | 'table$'
  | 'events$'
  | 'scheduler'
  | 'cancel'
  | 'cancelActive'
  | 'clearFinished'
  | 'clearAll'
  | 'getResult'
  | 'workers'
  | 'hasWorkers'
>;

/**
 * What the panel's views share: the runtime, the latest table snapshot, the recorded
 * events and frames, the persisted state, and the way to change it and ask for a render.
 *
 * @example
 * ```ts
 * ctx.update({ view: 'frames' }); // saved, re-rendered on the next animation frame
 * ```
 */
export interface DevtoolsContext {
  readonly runtime: DevtoolsRuntime;
  readonly readOnly: boolean;
  /** Tells this panel from another on the page (its mode): part of landmark labels. */
  readonly name: string;
  readonly log: EventLog;
  readonly history: FrameHistory;
  /** The latest `table$` snapshot while open (empty while closed). */
  readonly rows: readonly TaskRow[];
  readonly state: DevtoolsState;
  /** Whether worker rows were ever seen (only then is the runtime's pool read: reading it creates it). */
  readonly workersSeen: boolean;
  update(patch: Partial<DevtoolsState>): void;
  invalidate(): void;
}

/**
 * Cancels task `id` from the panel. The panel shows the last `table$` snapshot, which can
 * still hold a task cleared since (before the next frame, or while the host loop is
 * paused): the runtime no longer knows it, so there is nothing left to cancel.
 *
 * @example
 * ```ts
 * button.addEventListener('click', () => cancelShown(ctx.runtime, row.id));
 * ```
 */
export function cancelShown(runtime: DevtoolsRuntime, id: string): void {
  try {
    runtime.cancel(id);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'ERR_FRAMETASKS_UNKNOWN_TASK') throw error;
  }
}
