import type { Observable } from 'rxjs';
import * as z from 'zod/mini';
import { functionSchema } from '../validation/schemas.js';
import type { HookResult } from './hook-result.js';
import type { ThreadContext } from './thread-context.js';
import type { ThreadExit, ThreadOutcome } from './thread-exit.js';
import type { ThreadHandle } from './thread-handle.js';

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

/** Validates a {@link ThreadSpec} at the boundary. */
export const threadSpecSchema = z.looseObject({
  name: z.string({ error: 'expected a thread name' }).check(z.minLength(1, 'expected a non-empty thread name')),
  enter: z.optional(functionSchema),
  exit: z.optional(functionSchema),
  onIn: z.optional(functionSchema),
  onUp: z.optional(functionSchema),
  onChildExit: z.optional(functionSchema),
  body: z.optional(functionSchema),
});
