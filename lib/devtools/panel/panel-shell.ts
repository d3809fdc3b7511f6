import type { DevtoolsView } from '../devtools-state.js';
import type { ResolvedDevtoolsOptions } from '../devtools-options.js';
import { DEVTOOLS_CSS } from './devtools-styles.js';
import { h } from './dom.js';

const VIEWS: readonly DevtoolsView[] = ['tasks', 'frames', 'workers'];

/**
 * The panel's frame, without behaviour: the toggle button with its count badge, the
 * panel with its tab bar, close button, view slots and resize grip.
 *
 * @example
 * ```ts
 * const shell = buildShell(options);
 * shadowRoot.append(...shell.nodes);
 * ```
 */
export function buildShell(options: ResolvedDevtoolsOptions) {
  const { toggle, badge } = toggleButton(options.hotkey || undefined);
  const tabs = VIEWS.map((v) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `ftd-tab-${v}`,
        'aria-controls': `ftd-panel-${v}`,
        'data-view': v,
        'data-testid': `devtools-tab-${v}`,
      },
      v[0]!.toUpperCase() + v.slice(1),
    ),
  );
  const close = h(
    'button',
    { type: 'button', class: 'close', 'aria-label': 'Close devtools', 'data-testid': 'devtools-close' },
    '×',
  );
  const bar = h(
    'header',
    { class: 'bar' },
    h('strong', {}, 'frametasks'),
    h('div', { role: 'tablist', 'aria-label': 'Devtools views' }, ...tabs),
    close,
  );
  const views = h('div', { class: 'views' });
  const grip = h('div', { class: 'grip', 'aria-hidden': 'true', title: 'Resize' });
  const label = `frametasks devtools (${options.mode})`;
  const panel = h('section', { id: 'ftd-panel', class: 'panel', 'aria-label': label, 'data-testid': 'devtools-panel' });
  panel.append(bar, views, grip);
  const style = h('style', {}, DEVTOOLS_CSS);
  return { nodes: [style, toggle, panel], toggle, badge, tabs, close, bar, views, grip, panel };
}

function toggleButton(hotkey: string | undefined): { toggle: HTMLButtonElement; badge: HTMLElement } {
  const badge = h('span', { class: 'badge', 'data-testid': 'devtools-count', 'aria-label': 'tasks in the table' }, '0');
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'toggle',
      'data-testid': 'devtools-toggle',
      'aria-expanded': 'false',
      'aria-controls': 'ftd-panel',
      'aria-keyshortcuts': hotkey,
      title: hotkey && `frametasks devtools (${hotkey})`,
    },
    h('span', {}, 'frametasks'),
    badge,
  );
  return { toggle, badge };
}

/** The parts {@link buildShell} returns. */
export type PanelShell = ReturnType<typeof buildShell>;

/**
 * Marks `view`'s tab as the selected one (roving tabindex: arrow keys move between tabs).
 *
 * @example
 * ```ts
 * selectTab(shell, 'frames');
 * ```
 */
export function selectTab(shell: PanelShell, view: DevtoolsView): void {
  for (const tab of shell.tabs) {
    const on = tab.dataset['view'] === view;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
  }
}

/**
 * The tab after (`+1`) or before (`-1`) the focused one, wrapping.
 *
 * @example
 * ```ts
 * nextView('workers', 1); // 'tasks'
 * ```
 */
export function nextView(view: DevtoolsView, step: 1 | -1): DevtoolsView {
  return VIEWS[(VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length]!;
}
