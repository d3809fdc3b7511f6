import type { TreeLine } from '../view-model/build-tree.js';
import { formatDuration, formatProgress } from '../view-model/format-progress.js';
import { liveDuration } from '../view-model/sort-rows.js';
import { h, setAttr, setText } from '../panel/dom.js';

/** The columns of the Tasks list, in order (header labels). */
export const COLUMNS = [
  'task',
  'status',
  'kind',
  'group',
  'description',
  'progress',
  'duration',
  'reason / error',
  'action',
];

const FINISHED = new Set(['completed', 'failed', 'cancelled', 'timeout']);

/**
 * One reusable row element of the virtual list; `update()` rewrites only what changed.
 *
 * @example
 * ```ts
 * const view = new TaskLineView();
 * view.update(line, runtime.scheduler.now(), false, false);
 * ```
 */
export class TaskLineView {
  readonly el = h('div', { role: 'row', class: 'row' });
  /** The line index it shows (-1: none); the list positions it by this. */
  index = -1;
  private readonly twisty = h('button', { type: 'button', class: 'twisty', tabindex: -1 });
  private readonly id = h('span', { class: 'mono' });
  private readonly cells = COLUMNS.slice(1).map((_, i) => h('div', { role: 'cell', class: `c${i + 1}` }));
  private readonly bar = h('i');
  private readonly barText = h('span');
  private readonly cancel = h('button', { type: 'button', class: 'cancel' }, 'cancel');

  constructor() {
    const first = h('div', { role: 'cell', class: 'c0' }, this.twisty, this.id);
    this.cells[4]!.append(h('b', { class: 'pbar' }, this.bar), this.barText);
    this.el.append(first, ...this.cells);
  }

  update(line: TreeLine, now: number, selected: boolean, readOnly: boolean): void {
    const { row } = line;
    const el = this.el;
    setAttr(el, 'data-key', line.key);
    setAttr(el, 'aria-selected', String(selected));
    el.style.setProperty('--depth', String(line.depth));
    this.updateTwisty(line);
    if (!row) return this.updateGroup(line);
    setAttr(el, 'data-group', undefined);
    setAttr(el, 'data-testid', 'task-row');
    setAttr(el, 'data-id', row.id);
    setAttr(el, 'data-status', row.status);
    setAttr(el, 'data-description', row.description);
    setText(this.id, row.id.length > 10 ? `${row.id.slice(0, 10)}…` : row.id);
    setAttr(this.id, 'title', row.id);
    const [status, kind, group, description, , duration, reason, action] = this.cells;
    setText(status!, row.status);
    setAttr(status!, 'class', `c1 status s-${row.status}`);
    setText(kind!, row.kind);
    setText(group!, row.group ?? '');
    setText(description!, row.description);
    this.updateProgress(row.progress, row.status === 'completed');
    const ms = liveDuration(row, now);
    setText(duration!, row.status === 'pending' ? '' : formatDuration(ms));
    setAttr(duration!, 'data-ms', String(Math.round(ms)));
    setAttr(duration!, 'class', 'c6 num');
    setText(reason!, row.cancelReason ?? (row.error ? `${row.error.name}: ${row.error.message}` : ''));
    setAttr(reason!, 'class', row.error ? 'c7 error' : 'c7');
    this.updateAction(action!, row.id, readOnly || FINISHED.has(row.status));
  }

  private updateTwisty(line: TreeLine): void {
    const has = line.children > 0;
    this.twisty.style.visibility = has ? '' : 'hidden'; // keeps its place: leaves align with nodes
    setAttr(this.twisty, 'aria-expanded', has ? String(!line.collapsed) : undefined);
    setAttr(this.twisty, 'aria-label', has ? `${line.collapsed ? 'Expand' : 'Collapse'} ${line.key}` : undefined);
    setAttr(this.twisty, 'data-toggle', has ? line.key : undefined);
    setText(this.twisty, line.collapsed ? '▸' : '▾');
  }

  private updateGroup(line: TreeLine): void {
    for (const name of ['data-testid', 'data-id', 'data-status', 'data-description']) setAttr(this.el, name, undefined);
    setAttr(this.el, 'data-group', line.group);
    setText(this.id, `group ${line.group ?? ''}`);
    setAttr(this.id, 'title', undefined);
    this.cells.forEach((cell, i) => setText(cell, i === 3 ? `${line.children} tasks` : ''));
    setAttr(this.cells[0]!, 'class', 'c1');
    this.bar.parentElement!.hidden = true;
    setAttr(this.cells[5]!, 'data-ms', undefined);
    this.updateAction(this.cells[7]!, '', true);
  }

  private updateProgress(progress: unknown, completed: boolean): void {
    const p = formatProgress(progress);
    const fraction = p.fraction ?? (completed && p.text === '' ? 1 : undefined);
    const wrap = this.bar.parentElement!;
    wrap.hidden = fraction === undefined;
    if (fraction !== undefined) this.bar.style.width = `${(fraction * 100).toFixed(1)}%`;
    setText(this.barText, p.text);
  }

  private updateAction(cell: HTMLElement, id: string, none: boolean): void {
    if (none) {
      if (this.cancel.isConnected) this.cancel.remove();
      return;
    }
    setAttr(this.cancel, 'data-testid', `cancel-${id}`);
    setAttr(this.cancel, 'data-cancel', id);
    setAttr(this.cancel, 'aria-label', `Cancel ${id}`);
    if (!this.cancel.isConnected) cell.append(this.cancel);
  }
}
