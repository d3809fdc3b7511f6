import type { TaskRow } from '../../tasks/task-row.js';
import { cancelShown, type DevtoolsContext } from '../devtools-context.js';
import type { DevtoolsState } from '../devtools-state.js';
import { DetailsView } from './details-view.js';
import { TaskList } from './task-list.js';
import { TaskToolbar } from './task-toolbar.js';
import type { LineSource, TreeLine } from '../view-model/build-tree.js';
import { visibleLines } from '../view-model/visible-lines.js';
import { h } from '../panel/dom.js';

/**
 * The Tasks view: toolbar, virtualised list and details pane. The lines are recomputed
 * only when the rows, the filters, the sort, the tree switch or the collapsed set change
 * (and on every render while sorted by a live duration).
 *
 * @example
 * ```ts
 * const view = new TasksView(ctx);
 * view.render();
 * ```
 */
export class TasksView {
  readonly root = h('div', {
    class: 'tasks',
    role: 'tabpanel',
    id: 'ftd-panel-tasks',
    'aria-labelledby': 'ftd-tab-tasks',
  });
  private readonly toolbar: TaskToolbar;
  private readonly list: TaskList;
  private readonly details: DetailsView;
  private readonly collapsed = new Set<string>();
  private selected: string | undefined;
  private lines: LineSource | undefined;
  private linesOf: { rows: readonly TaskRow[]; state: DevtoolsState; collapsed: number } | undefined;
  private collapseVersion = 0;

  constructor(private readonly ctx: DevtoolsContext) {
    this.toolbar = new TaskToolbar(ctx);
    this.details = new DetailsView(ctx.name);
    this.list = new TaskList({
      select: (key) => {
        this.selected = key;
        ctx.invalidate();
      },
      toggle: (key) => {
        if (!this.collapsed.delete(key)) this.collapsed.add(key);
        this.collapseVersion++;
        ctx.invalidate();
      },
      cancel: (id) => {
        if (!ctx.readOnly) cancelShown(ctx.runtime, id);
      },
      scrolled: () => ctx.invalidate(),
    });
    this.root.append(this.toolbar.root, h('div', { class: 'split' }, this.list.root, this.details.root));
  }

  render(): void {
    const { ctx } = this;
    const now = ctx.runtime.scheduler.now();
    const memo = this.linesOf;
    const live = ctx.state.sort.by === 'duration';
    if (
      !memo ||
      !this.lines ||
      live ||
      memo.rows !== ctx.rows ||
      memo.state !== ctx.state ||
      memo.collapsed !== this.collapseVersion
    ) {
      this.lines = visibleLines(ctx.rows, { ...ctx.state, collapsed: this.collapsed }, now);
      this.linesOf = { rows: ctx.rows, state: ctx.state, collapsed: this.collapseVersion };
      this.toolbar.sync(ctx.state, ctx.rows, performance.now());
    }
    const lines = this.lines!;
    this.list.render(lines, this.selected, now, ctx.readOnly);
    this.details.render(ctx, lines.at(lines.indexOf(this.selected)) ?? this.selectedElsewhere());
  }

  /** Whether the list shows running rows (then live durations need ticking). */
  get ticking(): boolean {
    return this.ctx.rows.some((r) => r.status === 'running');
  }

  /** The list's scrolling element (the e2e test scrolls it). */
  get scroller(): HTMLElement {
    return this.list.scroller;
  }

  /** A selected row hidden by a filter or a collapse still shows in the details pane. */
  private selectedElsewhere(): TreeLine | undefined {
    if (this.selected === undefined) return undefined;
    const row = this.ctx.rows.find((r) => r.id === this.selected);
    return row && { key: row.id, depth: 0, row, group: undefined, children: 0, collapsed: false };
  }
}
