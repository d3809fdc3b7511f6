import type { DevtoolsContext } from '../devtools-context.js';
import type { DevtoolsState } from '../devtools-state.js';
import { groupNames } from '../view-model/task-filters.js';
import { h } from '../panel/dom.js';

const STATUSES = ['pending', 'running', 'completed', 'failed', 'cancelled', 'timeout'];
const KINDS = ['frame', 'sliced', 'worker', 'thread', 'remote'];
const SORTS = {
  'created-asc': 'oldest first',
  'created-desc': 'newest first',
  'duration-desc': 'longest first',
  'duration-asc': 'shortest first',
};

const select = (name: string, label: string, choices: Record<string, string>): HTMLSelectElement =>
  h(
    'select',
    { 'data-control': name, 'aria-label': label, 'data-testid': `devtools-${name}` },
    ...Object.entries(choices).map(([v, text]) => h('option', { value: v }, text)),
  );
const anyOf = (label: string, values: readonly string[]): Record<string, string> =>
  Object.fromEntries([['', `any ${label}`], ...values.map((v) => [v, v])]);

/**
 * The Tasks view's controls: status, kind and group filters, a text filter, the sort, the
 * tree switch and (unless read-only) cancel active, clear finished and clear all. Changes
 * go to the persisted state.
 *
 * @example
 * ```ts
 * const toolbar = new TaskToolbar(ctx);
 * toolbar.sync(ctx.state, ctx.rows, performance.now());
 * ```
 */
export class TaskToolbar {
  readonly root = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Task filters and actions' });
  private readonly status = select('status', 'Status filter', anyOf('status', STATUSES));
  private readonly kind = select('kind', 'Kind filter', anyOf('kind', KINDS));
  private readonly group = select('group', 'Group filter', anyOf('group', []));
  private readonly text = h('input', {
    type: 'search',
    placeholder: 'filter text',
    'aria-label': 'Text filter',
    'data-testid': 'devtools-text',
  });
  private readonly sort = select('sort', 'Sort', SORTS);
  private readonly tree = h(
    'button',
    { type: 'button', 'aria-pressed': 'false', 'data-testid': 'devtools-tree' },
    'Tree',
  );
  private groups = '';
  private groupsAt = -Infinity;

  constructor(private readonly ctx: DevtoolsContext) {
    const filter = (patch: Partial<DevtoolsState['filters']>) =>
      ctx.update({ filters: { ...ctx.state.filters, ...patch } });
    this.status.addEventListener('change', () =>
      filter({ status: this.status.value as DevtoolsState['filters']['status'] }),
    );
    this.kind.addEventListener('change', () => filter({ kind: this.kind.value as DevtoolsState['filters']['kind'] }));
    this.group.addEventListener('change', () => filter({ group: this.group.value }));
    this.text.addEventListener('input', () => filter({ text: this.text.value }));
    this.sort.addEventListener('change', () => {
      const [by, dir] = this.sort.value.split('-') as [DevtoolsState['sort']['by'], DevtoolsState['sort']['dir']];
      ctx.update({ sort: { by, dir } });
    });
    this.tree.addEventListener('click', () => ctx.update({ tree: !ctx.state.tree }));
    this.root.append(this.status, this.kind, this.group, this.text, this.sort, this.tree);
    if (!ctx.readOnly) this.root.append(h('span', { class: 'spacer' }), ...this.actions());
  }

  /**
   * Shows the state (without moving the caret of a focused text box) and the current
   * groups (collected at most twice a second: a scan of every row).
   */
  sync(state: DevtoolsState, rows: DevtoolsContext['rows'], now: number): void {
    if (now - this.groupsAt > 500) this.syncGroups(state, rows, now);
    this.group.value = state.filters.group;
    this.status.value = state.filters.status;
    this.kind.value = state.filters.kind;
    if (this.text.value !== state.filters.text) this.text.value = state.filters.text;
    this.sort.value = `${state.sort.by}-${state.sort.dir}`;
    this.tree.setAttribute('aria-pressed', String(state.tree));
  }

  private syncGroups(state: DevtoolsState, rows: DevtoolsContext['rows'], now: number): void {
    this.groupsAt = now;
    const names = groupNames(rows);
    if (state.filters.group && !names.includes(state.filters.group)) names.push(state.filters.group);
    if (names.join('\n') !== this.groups) {
      this.groups = names.join('\n');
      this.group.replaceChildren(
        ...Object.entries(anyOf('group', names)).map(([v, t]) => h('option', { value: v }, t)),
      );
    }
  }

  private actions(): HTMLButtonElement[] {
    const runtime = this.ctx.runtime;
    const button = (id: string, text: string, run: () => void) => {
      const b = h('button', { type: 'button', 'data-testid': `devtools-${id}` }, text);
      b.addEventListener('click', run);
      return b;
    };
    return [
      button('cancel-active', 'Cancel active', () => runtime.cancelActive()),
      button('clear-finished', 'Clear finished', () => runtime.clearFinished()),
      button('clear-all', 'Clear all', () => runtime.clearAll()),
    ];
  }
}
