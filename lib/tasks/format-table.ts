import { describeValue } from '../validation/describe-value.js';
import type { TaskRow } from './task-row.js';

const MAX_CELL = 40;

const columns: readonly (readonly [string, (row: TaskRow) => string])[] = [
  ['id', (r) => r.id],
  ['status', (r) => (r.cancelReason === undefined ? r.status : `${r.status}:${r.cancelReason}`)],
  ['kind', (r) => r.kind],
  ['description', (r) => r.description],
  ['duration', (r) => ms(r.duration)],
  ['group', (r) => r.group ?? ''],
  ['created', (r) => ms(r.createdAt)],
  ['started', (r) => ms(r.startedAt)],
  ['completed', (r) => ms(r.completedAt)],
  ['progress', (r) => (r.progress === undefined ? '' : describeValue(r.progress))],
  ['error', (r) => (r.error ? `${r.error.name}: ${r.error.message}` : '')],
  ['info', (r) => (r.info === undefined ? '' : describeValue(r.info))],
];

/**
 * Renders rows as a plain-text table with aligned columns, for logs and terminals.
 * Times are ms on the frame clock; long cells are cut at 40 characters.
 *
 * @example
 * ```ts
 * runtime.table$.subscribe((rows) => console.log(formatTable(rows)));
 * // id  status     kind   description  duration ...
 * ```
 */
export function formatTable(rows: readonly TaskRow[]): string {
  // the titles are the first line and count in the widths like any cells; the rule goes under them
  const lines = [columns.map(([title]) => title), ...rows.map((row) => columns.map(([, cell]) => clip(cell(row))))];
  const widths = columns.map((_, i) => lines.reduce((w, cells) => Math.max(w, (cells[i] as string).length), 0));
  const rule = widths.map((w) => '-'.repeat(w));
  lines.splice(1, 0, rule);
  return lines
    .map((cells) =>
      cells
        .map((v, i) => v.padEnd(widths[i] as number))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function ms(value: number | undefined): string {
  return value === undefined ? '' : `${Math.round(value * 10) / 10}ms`;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}
