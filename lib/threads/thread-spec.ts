import type { Observable } from 'rxjs';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import type { TaskContext } from '../tasks/task-types.js';
import { check, optional, string } from '../validation/schema.js';
import { object } from '../validation/object.js';
import { functionSchema } from '../validation/schemas.js';
import type { ChildPolicy } from './child-policy.js';
import type { HookResult } from './hook-result.js';
import type { ThreadExit, ThreadOutcome } from './thread-exit.js';
import type { ThreadHandle } from './thread-handle.js';
import type { ThreadTasks } from './thread-tasks.js';

/**
 * A thread's definition (the seed's TaskThread subclass, as a plain object). Every hook
 * runs on a frame and may return a promise or observable; the next step waits for it.
 * `In` is what the parent sends, `Up` what it sends to the parent, `R` its result,
 * `ChildUp` what its children send it.
 *
 * @example
 * ```ts
 * const echo: ThreadSpec<string, string> = {
 *   name: 'echo',
 *   onIn: (msg, ctx) => ctx.up(msg.toUpperCase()),
 * };
 * ```
 */
export interface ThreadSpec<In = unknown, Up = unknown, R = unknown, ChildUp = unknown> {
  readonly name: string;
  /** Set-up: open resources, create tasks, spawn children. Runs after `start()`, on a frame. */
  enter?(ctx: ThreadContext<Up, R, ChildUp>): HookResult;
  /** Tear-down, after tasks and children stopped; runs even if `enter` failed, so expect partial set-up. */
  exit?(ctx: ThreadContext<Up, R, ChildUp>, exit: ThreadExit<R>): HookResult;
  /** A message from the parent (IN); messages wait while a previous one is being handled. */
  onIn?(message: In, ctx: ThreadContext<Up, R, ChildUp>): HookResult;
  /** A message from a child (UP). */
  onUp?(message: ChildUp, from: ThreadHandle<unknown, ChildUp>, ctx: ThreadContext<Up, R, ChildUp>): HookResult;
  /** A child ended while this thread runs (after its policy was applied; `isolate`d failures land here). */
  onChildExit?(
    outcome: ThreadOutcome,
    from: ThreadHandle<unknown, ChildUp>,
    ctx: ThreadContext<Up, R, ChildUp>,
  ): HookResult;
  /** A body whose lifetime is the thread's: completing ends the thread with its last value, erroring crashes it. */
  body?(ctx: ThreadContext<Up, R, ChildUp>): Observable<R>;
}

// The context lives here with the spec: its hooks get a context, and a context spawns
// specs, so the two types refer to each other and one file keeps that from being a cycle.

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

/** Validates a thread's name: a non-empty string. */
export const threadNameSchema = check(string('expected a thread name'), [
  (s) => s.length > 0,
  'expected a non-empty thread name',
]);

const hook = optional(functionSchema);

/** Validates a {@link ThreadSpec} at the boundary (unknown keys are allowed). */
export const threadSpecSchema = object<ThreadSpec>(
  { name: threadNameSchema, enter: hook, exit: hook, onIn: hook, onUp: hook, onChildExit: hook, body: hook },
  false,
);
