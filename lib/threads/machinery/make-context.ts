import type { ThreadContext } from '../thread-context.js';
import type { ThreadExit } from '../thread-exit.js';
import type { ThreadFamily } from './thread-family.js';
import type { ThreadHost } from './thread-host.js';
import type { ThreadRow } from '../thread-table-link.js';
import type { ThreadTasks } from '../thread-tasks.js';

/** The parts of a thread its context exposes. */
export interface ContextOwner<Up, R, ChildUp> {
  readonly id: string;
  readonly name: string;
  readonly host: ThreadHost;
  readonly abort: AbortController;
  readonly tasks: ThreadTasks;
  readonly family: ThreadFamily<ChildUp>;
  readonly row: ThreadRow | undefined;
  up(message: Up): void;
  end(exit: ThreadExit<R>): void;
  crash(error: unknown): void;
}

/**
 * Builds the {@link ThreadContext} handed to a thread's hooks.
 *
 * @example
 * ```ts
 * this.ctx = makeContext(this);
 * ```
 */
export function makeContext<Up, R, ChildUp>(owner: ContextOwner<Up, R, ChildUp>): ThreadContext<Up, R, ChildUp> {
  return {
    id: owner.id,
    name: owner.name,
    scheduler: owner.host.scheduler,
    tasks: owner.tasks,
    signal: owner.abort.signal,
    progress: (value) => owner.row?.progress(value),
    up: (message) => owner.up(message),
    spawn: (spec, options) => owner.family.spawn(spec, options),
    children: () => owner.family.list(),
    exit: (value) => owner.end({ type: 'result', value }),
    fail: (error) => owner.crash(error),
  };
}
