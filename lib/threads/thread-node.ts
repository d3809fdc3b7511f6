import type { ThreadExit } from './thread-exit.js';
import type { ThreadStatus } from './thread-status.js';

/**
 * One thread in a `tree$` snapshot, with its children in start order.
 *
 * @example
 * ```ts
 * const print = (n: ThreadNode, depth = 0): void => {
 *   console.log(' '.repeat(depth * 2) + `${n.name} ${n.status}`);
 *   n.children.forEach((c) => print(c, depth + 1));
 * };
 * ```
 */
export interface ThreadNode {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | undefined;
  readonly status: ThreadStatus;
  /** How it ended, once final. */
  readonly exit: ThreadExit['type'] | undefined;
  readonly children: readonly ThreadNode[];
}
