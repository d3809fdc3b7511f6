import { isTerminal } from '../reduce-task-row.js';
import type { TaskEngine } from './task-engine.js';
import type { CancelReason } from '../task-types.js';

/**
 * Cancels every pending and running task, pending ones first (so cancelling a running
 * task never lets a pending one start); returns how many.
 *
 * @example
 * ```ts
 * cancelActive(engine); // 3
 * ```
 */
export function cancelActive(engine: TaskEngine, reason: CancelReason = 'explicit'): number {
  if (engine.running + engine.waiting === 0) return 0;
  const active = [...engine.tasks.values()].filter((t) => !isTerminal(t.status));
  const pendingFirst = [
    ...active.filter((t) => t.status === 'pending'),
    ...active.filter((t) => t.status !== 'pending'),
  ];
  for (const task of pendingFirst) engine.cancel(task, reason);
  return active.length;
}

/**
 * Removes every finished task and its row; returns how many.
 *
 * @example
 * ```ts
 * clearFinished(engine); // 10
 * ```
 */
export function clearFinished(engine: TaskEngine): number {
  let cleared = 0;
  for (const task of [...engine.tasks.values()]) if (isTerminal(task.status) && engine.clear(task)) cleared++;
  return cleared;
}
