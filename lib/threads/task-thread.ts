import type { Observable } from 'rxjs';
import type { ThreadEvent } from './thread-event.js';
import type { ThreadHandle } from './thread-handle.js';
import type { ThreadNode } from './thread-node.js';

/**
 * A root task thread, as returned by {@link createThread}: a {@link ThreadHandle} you
 * start yourself, plus views of the whole tree below it.
 *
 * @example
 * ```ts
 * const master = createThread(masterSpec, { scheduler }).start();
 * master.tree$.subscribe((root) => render(root));
 * master.up$.subscribe((frame) => console.log('data', frame));
 * const { exit } = await master.stop();
 * ```
 */
export interface TaskThread<In = unknown, Up = unknown, R = unknown> extends ThreadHandle<In, Up, R> {
  /** Starts the thread (its `enter` runs on the next frame); throws ThreadStateError unless idle. */
  start(): this;
  /** Messages delivered IN to this thread, as its `onIn` sees them. */
  readonly in$: Observable<In>;
  /** The hierarchy below this thread with statuses, at most one snapshot per frame. */
  readonly tree$: Observable<ThreadNode>;
  /** Every status change in the tree, synchronously. */
  readonly events$: Observable<ThreadEvent>;
}
