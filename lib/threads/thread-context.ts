import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import type { TaskContext } from '../tasks/task-types.js';
import type { ChildPolicy } from './child-policy.js';
import type { ThreadHandle } from './thread-handle.js';
import type { ThreadSpec } from './thread-spec.js';
import type { ThreadTasks } from './thread-tasks.js';

/**
 * Options of `ctx.spawn`.
 *
 * @example
 * ```ts
 * ctx.spawn(child, { policy: 'isolate' });
 * ```
 */
export interface SpawnOptions {
  /** What happens when the child crashes. Default `escalate`. */
  readonly policy?: ChildPolicy;
}

/**
 * What a thread's hooks receive. It is a {@link TaskContext} (id, signal, progress), so
 * a plain `TaskBody` can be a thread body. A thread reaches only its own children and
 * its parent (through `up`): there is no sibling wiring.
 *
 * @example
 * ```ts
 * enter(ctx) {
 *   ctx.tasks.reCreate('poll', () => ctx.up(read()), { ms: 100 });
 *   ctx.spawn(storage);
 * }
 * ```
 */
export interface ThreadContext<Up = unknown, R = unknown, ChildUp = unknown> extends TaskContext {
  readonly name: string;
  readonly scheduler: FrameScheduler;
  /** The thread's rescheduling tasks (reCreate / reSchedule / delete). */
  readonly tasks: ThreadTasks;
  /** Sends a message UP to the parent (or to `up$` of a root), delivered on a frame. */
  up(message: Up): void;
  /** Starts a child now; throws ThreadStateError once this thread is stopping or stopped. */
  spawn<CI, CU extends ChildUp, CR>(
    spec: ThreadSpec<CI, CU, CR, any>,
    options?: SpawnOptions,
  ): ThreadHandle<CI, CU, CR>;
  /** Live children in start order. */
  children(): readonly ThreadHandle<unknown, ChildUp>[];
  /** Ends this thread with a result (structured stop, exit type `result`). */
  exit(value?: R): void;
  /** Crashes this thread with `error` (as if a hook threw). */
  fail(error: unknown): void;
}
