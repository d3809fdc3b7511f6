import { Subscription } from '../../rx.js';
import { isTerminal } from '../../tasks/reduce-task-row.js';
import type { TaskManager } from '../../tasks/task-manager.js';
import type { TaskRecord } from '../../tasks/task-record.js';
import { bindToOwner } from '../../timing/bind-owner.js';
import type { Owner } from '../../timing/owner.js';

/**
 * Cancels `task` (reason `owner`) when `owner` ends first; once the task ends, the link
 * is undone so a long-lived owner collects no dead tasks.
 *
 * @example
 * ```ts
 * bindTaskToOwner(tasks, record, component.signal);
 * ```
 */
export function bindTaskToOwner(tasks: TaskManager, task: TaskRecord<unknown>, owner: Owner): void {
  // ended already (an events$ observer cancelled it as it was submitted): its waiters ran, nothing would unlink it
  if (isTerminal(task.status)) return;
  const link = new Subscription(() => tasks.cancelRecord(task, 'owner'));
  (task.waiters ??= []).push(() => link.unsubscribe());
  bindToOwner(owner, link);
}
