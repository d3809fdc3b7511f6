import type { ThreadOutcome } from './thread-exit.js';
import type { TaskLifecycleListener } from './thread-tasks.js';

/**
 * What a thread tells the task table about itself (see {@link taskManagerLink}).
 *
 * @example
 * ```ts
 * const row = link.attach({ name: 'server', parentRowId: undefined, stop: () => thread.stop() });
 * row.end(outcome);
 * ```
 */
export interface ThreadRow {
  /** The thread's id in the table (its children use it as `parentId`). */
  readonly rowId: string;
  progress(value: unknown): void;
  /** Called once with the thread's outcome. */
  end(outcome: ThreadOutcome): void;
  /** Mirrors the thread's rescheduling tasks as child rows. */
  readonly tasks: TaskLifecycleListener;
}

/**
 * The seam between threads and a task table: the thread core works on a FrameScheduler
 * alone and only calls this when a link is configured.
 *
 * @example
 * ```ts
 * createThread(spec, { scheduler, table: taskManagerLink(runtime.tasks) });
 * ```
 */
export interface ThreadTableLink {
  /** Adds a row for a starting thread; `stop` is called if the table cancels it. */
  attach(thread: {
    readonly name: string;
    readonly parentRowId: string | undefined;
    readonly stop: () => void;
  }): ThreadRow;
}
