import type { TaskRow } from '../../tasks/task-row.js';
import { buildTree, flatLines, lineSource, type LineSource } from './build-tree.js';
import { filterRows, type TaskFilters } from './task-filters.js';
import { sortRows, type TaskSort } from './sort-rows.js';

/**
 * What the Tasks list shows of `rows`: filtered, sorted, then as a tree (collapsed keys
 * hide their children) or flat.
 *
 * @example
 * ```ts
 * visibleLines(rows, { filters, sort, tree: true, collapsed: new Set() }, runtime.scheduler.now());
 * ```
 */
export function visibleLines(
  rows: readonly TaskRow[],
  view: {
    readonly filters: TaskFilters;
    readonly sort: TaskSort;
    readonly tree: boolean;
    readonly collapsed: ReadonlySet<string>;
  },
  now: number,
): LineSource {
  const shown = sortRows(filterRows(rows, view.filters), view.sort, now);
  return view.tree ? lineSource(buildTree(shown, view.collapsed)) : flatLines(shown);
}
