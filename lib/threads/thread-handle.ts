import type { Observable } from 'rxjs';
import type { ThreadOutcome } from './thread-exit.js';
import type { ThreadStatus } from './thread-status.js';

/**
 * A thread as its parent (or the app, for a root) sees it.
 *
 * @example
 * ```ts
 * const child = ctx.spawn(processor);
 * child.send(packet);                 // IN, delivered on a frame
 * child.up$.subscribe(console.log);   // UP messages, as they are delivered
 * await child.stop();
 * ```
 */
export interface ThreadHandle<In = unknown, Up = unknown, R = unknown> {
  /** Unique per instance (a restarted child gets a new id). */
  readonly id: string;
  readonly name: string;
  readonly status: ThreadStatus;
  /** Status changes, starting with the current one; completes after the final one. */
  readonly status$: Observable<ThreadStatus>;
  /** Messages this thread sent UP, as they are delivered on frames. */
  readonly up$: Observable<Up>;
  /** Emits the outcome once and completes. */
  readonly exit$: Observable<ThreadOutcome<R>>;
  /** Queues a message IN; throws ThreadStateError once the thread is stopping or stopped. */
  send(message: In): void;
  /** Stops the thread (structured: tasks, children in reverse order, then `exit`); a second call is a no-op returning the same promise. */
  stop(): Promise<ThreadOutcome<R>>;
  /** Resolves (never rejects) when the thread and all its descendants have stopped. */
  join(): Promise<ThreadOutcome<R>>;
}
