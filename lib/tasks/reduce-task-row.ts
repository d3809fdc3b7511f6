import type { TaskEvent, TaskSubmittedEvent } from './task-event.js';
import type { TaskRow } from './task-row.js';
import type { TaskStatus } from './task-types.js';
import { rowWith } from './row-with.js';

/**
 * The pure reducer of the table: the next state of ONE row after an event (undefined: no
 * row). Events for unknown rows, and anything but `cleared` after a terminal status, leave
 * the row as it is (same object), so callers can tell "nothing changed" by identity.
 *
 * @example
 * ```ts
 * let row = reduceTaskRow(undefined, submitted);
 * row = reduceTaskRow(row, { type: 'started', id: row!.id, time: 5 });
 * ```
 */
export function reduceTaskRow(row: TaskRow | undefined, event: TaskEvent): TaskRow | undefined {
  if (event.type === 'submitted') return row ?? createRow(event);
  if (row === undefined) return undefined;
  if (event.type === 'cleared') return undefined;
  if (isTerminal(row.status)) return row;
  switch (event.type) {
    case 'started':
      return row.status === 'pending'
        ? rowWith(row, 'running', row.duration, event.time, row.completedAt, row.error, row.progress)
        : row;
    case 'progress':
      return rowWith(row, row.status, row.duration, row.startedAt, row.completedAt, row.error, event.progress);
    case 'completed':
      return finish(row, 'completed', event.time, undefined);
    case 'cancelled':
      return finish(row, 'cancelled', event.time, undefined);
    case 'failed':
      return finish(row, 'failed', event.time, event.error);
    case 'timedOut':
      return finish(row, 'timeout', event.time, event.error);
  }
}

/**
 * True for the statuses after which nothing more happens to a task.
 *
 * @example
 * ```ts
 * isTerminal('timeout'); // true
 * ```
 */
export function isTerminal(status: TaskStatus): boolean {
  return status !== 'pending' && status !== 'running';
}

function createRow(e: TaskSubmittedEvent): TaskRow {
  return {
    id: e.id,
    status: 'pending',
    description: e.description,
    kind: e.kind,
    parentId: e.parentId,
    priority: e.priority,
    duration: 0,
    createdAt: e.time,
    startedAt: undefined,
    completedAt: undefined,
    error: undefined,
    info: e.info,
    progress: undefined,
    meta: e.meta,
    timeout: e.timeout,
  };
}

function finish(row: TaskRow, status: TaskStatus, time: number, error: TaskRow['error']): TaskRow {
  const duration = row.startedAt === undefined ? 0 : time - row.startedAt;
  return rowWith(row, status, duration, row.startedAt, time, error, row.progress);
}
