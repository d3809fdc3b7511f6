import type { TaskEvent } from './task-event.js';
import type { TaskRow } from './task-row.js';
import { reduceTaskRow } from './reduce-task-row.js';
import { copyRow } from './store/copy-row.js';

/**
 * The pure reducer over a whole table, rows in submission order: what `table$` shows is
 * `events.reduce(reduceTable, [])` (with live durations filled in by {@link withLiveDurations}).
 * It copies the array, so it is the reference model, not the hot path: the manager folds
 * the same {@link reduceTaskRow} into a keyed map instead.
 *
 * @example
 * ```ts
 * const rows = events.reduce(reduceTable, [] as readonly TaskRow[]);
 * ```
 */
export function reduceTable(rows: readonly TaskRow[], event: TaskEvent): readonly TaskRow[] {
  const index = rows.findIndex((r) => r.id === event.id);
  const next = reduceTaskRow(index < 0 ? undefined : rows[index], event);
  if (index < 0) return next === undefined ? rows : [...rows, next];
  if (next === rows[index]) return rows;
  return next === undefined ? rows.filter((_, i) => i !== index) : rows.map((r, i) => (i === index ? next : r));
}

/**
 * Rows with `duration` of running rows set to `now - startedAt` (others as they are).
 *
 * @example
 * ```ts
 * withLiveDurations(rows, scheduler.now());
 * ```
 */
export function withLiveDurations(rows: Iterable<TaskRow>, now: number): TaskRow[] {
  const out: TaskRow[] = [];
  for (const row of rows) out.push(liveRow(row, now));
  return out;
}

/**
 * One row with its live duration (itself unless running and out of date).
 *
 * @example
 * ```ts
 * liveRow(row, 120).duration;
 * ```
 */
export function liveRow(row: TaskRow, now: number): TaskRow {
  if (row.status !== 'running' || row.startedAt === undefined) return row;
  const duration = now - row.startedAt;
  if (duration === row.duration) return row;
  const live = copyRow(row);
  live.duration = duration;
  return live;
}
