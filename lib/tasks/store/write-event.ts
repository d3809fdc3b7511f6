import type { TaskEvent } from '../task-event.js';
import type { TaskErrorInfo, TerminalStatus } from '../task-types.js';
import type { DraftRow } from './copy-row.js';

/**
 * Writes what a lifecycle event does into a row, in place: the one definition of each
 * event's effect. The pure {@link reduceTaskRow} applies it to a fresh copy; the table
 * store applies it directly to rows no snapshot has seen yet, so a task submitted,
 * started and finished within one frame costs one row object, not three. Callers check
 * {@link changesRow} first; `submitted` and `cleared` create and remove rows and write
 * nothing.
 *
 * @example
 * ```ts
 * if (changesRow(row, event)) writeEvent(draft, event);
 * ```
 */
export function writeEvent(row: DraftRow, event: TaskEvent): void {
  switch (event.type) {
    case 'started':
      row.status = 'running';
      row.startedAt = event.time;
      return;
    case 'progress':
      row.progress = event.progress;
      return;
    case 'priority':
      row.priority = event.priority;
      return;
    case 'meta':
      row.meta = row.meta === undefined ? event.meta : { ...row.meta, ...event.meta };
      return;
    case 'completed':
      return finish(row, 'completed', event.time, undefined);
    case 'cancelled':
      row.cancelReason = event.reason;
      return finish(row, 'cancelled', event.time, undefined);
    case 'failed':
      return finish(row, 'failed', event.time, event.error);
    case 'timedOut':
      return finish(row, 'timeout', event.time, event.error);
    case 'submitted':
    case 'cleared':
      return;
  }
}

function finish(row: DraftRow, status: TerminalStatus, time: number, error: TaskErrorInfo | undefined): void {
  row.duration = row.startedAt === undefined ? 0 : time - row.startedAt;
  row.status = status;
  row.completedAt = time;
  row.error = error;
}
