import type { TaskRow } from '../../tasks/task-row.js';

/**
 * How the Tasks view orders rows: by creation time or by duration, ascending or descending.
 *
 * @example
 * ```ts
 * const s: TaskSort = { by: 'duration', dir: 'desc' };
 * ```
 */
export interface TaskSort {
  readonly by: 'created' | 'duration';
  readonly dir: 'asc' | 'desc';
}

/**
 * A row's duration at `now` (frame-clock ms): live for a running row, the row's own
 * figure otherwise (the table recomputes running durations only when it emits).
 *
 * @example
 * ```ts
 * liveDuration(row, runtime.scheduler.now());
 * ```
 */
export function liveDuration(row: TaskRow, now: number): number {
  if (row.status === 'running' && row.startedAt !== undefined) return Math.max(row.duration, now - row.startedAt);
  return row.duration;
}

/**
 * `rows` sorted (a new array; ties keep table order). Created-ascending is the table's
 * own order, so it returns `rows` as they are.
 *
 * @example
 * ```ts
 * sortRows(rows, { by: 'duration', dir: 'desc' }, runtime.scheduler.now());
 * ```
 */
export function sortRows(rows: readonly TaskRow[], sort: TaskSort, now: number): readonly TaskRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  if (sort.by === 'created') {
    if (sort.dir === 'asc' && isCreatedOrder(rows)) return rows;
    return [...rows].sort((a, b) => sign * (a.createdAt - b.createdAt));
  }
  const keyed = rows.map((row, i) => ({ row, i, d: liveDuration(row, now) }));
  keyed.sort((a, b) => sign * (a.d - b.d) || a.i - b.i);
  return keyed.map((k) => k.row);
}

function isCreatedOrder(rows: readonly TaskRow[]): boolean {
  for (let i = 1; i < rows.length; i++) if (rows[i - 1]!.createdAt > rows[i]!.createdAt) return false;
  return true;
}
