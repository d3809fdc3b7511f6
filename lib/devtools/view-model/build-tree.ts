import type { TaskRow } from '../../tasks/task-row.js';

/**
 * One line of the Tasks list: a task row, or the header of a task group (`row` undefined).
 * `key` is the row id or `group:<name>`; `children` counts direct children, shown or not.
 *
 * @example
 * ```ts
 * const line: TreeLine = { key: 'a', depth: 0, row, group: undefined, children: 0, collapsed: false };
 * ```
 */
export interface TreeLine {
  readonly key: string;
  readonly depth: number;
  readonly row: TaskRow | undefined;
  readonly group: string | undefined;
  readonly children: number;
  readonly collapsed: boolean;
}

/** The key of a group's header line. */
export const groupKey = (name: string): string => `group:${name}`;

/**
 * The lines the Tasks list shows, by index: the virtual list asks only for the lines in
 * view, so a flat list of 10,000 rows never builds 10,000 line objects.
 *
 * @example
 * ```ts
 * const first = lines.at(0);
 * ```
 */
export interface LineSource {
  readonly length: number;
  at(index: number): TreeLine | undefined;
  /** The index of the line with `key`, or -1. */
  indexOf(key: string | undefined): number;
}

/**
 * The lines of a flat list: every row at depth 0, in order, made on demand.
 *
 * @example
 * ```ts
 * flatLines(rows).length === rows.length;
 * ```
 */
export function flatLines(rows: readonly TaskRow[]): LineSource {
  return {
    length: rows.length,
    at: (i) => {
      const row = rows[i];
      return row && { key: row.id, depth: 0, row, group: undefined, children: 0, collapsed: false };
    },
    indexOf: (key) => (key === undefined ? -1 : rows.findIndex((r) => r.id === key)),
  };
}

/**
 * A {@link LineSource} over lines already built (the tree).
 *
 * @example
 * ```ts
 * lineSource(buildTree(rows, collapsed)).at(0)?.key;
 * ```
 */
export function lineSource(lines: readonly TreeLine[]): LineSource {
  return {
    length: lines.length,
    at: (i) => lines[i],
    indexOf: (key) => (key === undefined ? -1 : lines.findIndex((l) => l.key === key)),
  };
}

/**
 * The tree of `rows` (already filtered and sorted) as the lines to show: a thread's tasks
 * under it (by `parentId`), a group's top-level tasks under the group's header, siblings
 * in the order given; a row whose parent is not among `rows` becomes a root. The children
 * of a key in `collapsed` are left out.
 *
 * @example
 * ```ts
 * buildTree(rows, new Set(['group:assets'])); // the assets header, its tasks hidden
 * ```
 */
export function buildTree(rows: readonly TaskRow[], collapsed: ReadonlySet<string>): TreeLine[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string, TaskRow[]>();
  const roots: (TaskRow | string)[] = [];
  for (const row of rows) {
    const parent =
      row.parentId !== undefined && ids.has(row.parentId)
        ? row.parentId
        : row.group !== undefined
          ? groupKey(row.group)
          : undefined;
    if (parent === undefined) roots.push(row);
    else {
      const list = children.get(parent);
      if (list) list.push(row);
      else {
        children.set(parent, [row]);
        if (parent.startsWith('group:') && !ids.has(parent)) roots.push(parent);
      }
    }
  }
  const lines: TreeLine[] = [];
  const visit = (node: TaskRow | string, depth: number): void => {
    const key = typeof node === 'string' ? node : node.id;
    const kids = children.get(key) ?? [];
    const closed = kids.length > 0 && collapsed.has(key);
    const row = typeof node === 'string' ? undefined : node;
    const group = typeof node === 'string' ? node.slice('group:'.length) : undefined;
    lines.push({ key, depth, row, group, children: kids.length, collapsed: closed });
    if (!closed) for (const kid of kids) visit(kid, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return lines;
}
