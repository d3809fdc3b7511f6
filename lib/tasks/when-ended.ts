import { isTerminal } from './reduce-task-row.js';
import type { TaskRecord } from './task-record.js';

/**
 * Calls `fn` with the task once it has ended: now if it already has, else when it ends
 * (as one of its waiters, which the engine calls in order).
 *
 * @example
 * ```ts
 * whenEnded(task, (t) => outbox.push(t));
 * ```
 */
export function whenEnded<T extends TaskRecord<unknown>>(task: T, fn: (task: T) => void): void {
  if (isTerminal(task.status)) fn(task);
  else (task.waiters ??= []).push(fn as (task: TaskRecord<unknown>) => void);
}
