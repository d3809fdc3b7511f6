import type { TaskRow } from '../../lib/index.js';

/** Rows in tree order (children right under their parent) with their depth. */
export function treeOrder(rows: readonly TaskRow[]): { row: TaskRow; depth: number }[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | undefined, TaskRow[]>();
  for (const row of rows) {
    const parent = row.parentId !== undefined && ids.has(row.parentId) ? row.parentId : undefined;
    const list = children.get(parent) ?? [];
    list.push(row);
    children.set(parent, list);
  }
  const out: { row: TaskRow; depth: number }[] = [];
  const visit = (parent: string | undefined, depth: number): void => {
    for (const row of children.get(parent) ?? []) {
      out.push({ row, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(undefined, 0);
  return out;
}
