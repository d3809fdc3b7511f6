import type { TaskRow } from '../../tasks/task-row.js';
import type { TaskKind, TaskStatus } from '../../tasks/task-types.js';

/**
 * What the Tasks view shows: one status, kind and group ('' for any) and a text that must
 * appear in the description, id or group (case-insensitive).
 *
 * @example
 * ```ts
 * const f: TaskFilters = { status: 'failed', kind: '', group: '', text: 'fetch' };
 * ```
 */
export interface TaskFilters {
  readonly status: TaskStatus | '';
  readonly kind: TaskKind | '';
  readonly group: string;
  readonly text: string;
}

/**
 * No filter: every row.
 *
 * @example
 * ```ts
 * filterRows(rows, { ...NO_FILTERS, status: 'failed' });
 * ```
 */
export const NO_FILTERS: TaskFilters = { status: '', kind: '', group: '', text: '' };

/**
 * The rows that pass `filters`, in their order (the same array when nothing filters).
 *
 * @example
 * ```ts
 * filterRows(rows, { ...NO_FILTERS, status: 'running' });
 * ```
 */
export function filterRows(rows: readonly TaskRow[], filters: TaskFilters): readonly TaskRow[] {
  const { status, kind, group } = filters;
  const text = filters.text.trim().toLowerCase();
  if (!status && !kind && !group && !text) return rows;
  return rows.filter(
    (r) =>
      (!status || r.status === status) &&
      (!kind || r.kind === kind) &&
      (!group || r.group === group) &&
      (!text || matchesText(r, text)),
  );
}

function matchesText(row: TaskRow, text: string): boolean {
  return (
    row.description.toLowerCase().includes(text) ||
    row.id.toLowerCase().includes(text) ||
    (row.group?.toLowerCase().includes(text) ?? false)
  );
}

/**
 * The distinct group names of `rows`, sorted (for the group filter's choices).
 *
 * @example
 * ```ts
 * groupNames(rows); // ['assets', 'search']
 * ```
 */
export function groupNames(rows: readonly TaskRow[]): string[] {
  const names = new Set<string>();
  for (const r of rows) if (r.group !== undefined) names.add(r.group);
  return [...names].sort();
}
