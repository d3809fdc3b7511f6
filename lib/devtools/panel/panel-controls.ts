import type { PanelHandle } from './panel-handle.js';
import type { DevtoolsView } from '../devtools-state.js';
import { dragHandle } from './drag-handle.js';
import { claimHotkey } from './claim-hotkey.js';
import { parseHotkey, type Hotkey } from './hotkey.js';
import { nextView } from './panel-shell.js';

/**
 * Wires the shell's controls to the panel: toggle and close buttons, tabs (click and
 * arrow keys), Escape, the page-wide hotkey (see {@link claimHotkey}), and (floating)
 * moving by the title bar and resizing by the grip. Returns the function that releases the
 * hotkey.
 *
 * @example
 * ```ts
 * const unwire = wireShell(panel);
 * ```
 */
export function wireShell(panel: PanelHandle): () => void {
  const { shell, options } = panel;
  const setOpen = (open: boolean) => {
    panel.update({ open });
    (open ? shell.tabs.find((t) => t.tabIndex === 0) : shell.toggle)?.focus();
  };
  shell.toggle.addEventListener('click', () => setOpen(true));
  shell.close.addEventListener('click', () => setOpen(false));
  for (const tab of shell.tabs) {
    tab.addEventListener('click', () => panel.update({ view: tab.dataset['view'] as DevtoolsView }));
    tab.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const view = nextView(panel.state.view, e.key === 'ArrowRight' ? 1 : -1);
      panel.update({ view });
      shell.tabs.find((t) => t.dataset['view'] === view)?.focus();
    });
  }
  shell.panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && options.mode === 'floating') setOpen(false);
  });
  wireGeometry(panel);
  // options are checked at mount, so a string here always parses; shared with the page's
  // other panels: a press toggles only the most recently mounted one on that hotkey
  if (options.hotkey === false) return () => {};
  return claimHotkey(parseHotkey(options.hotkey) as Hotkey, () => setOpen(!panel.state.open));
}

/** Dragging the title bar moves the floating panel; the grip resizes it (saved on release). */
function wireGeometry(panel: PanelHandle): void {
  const { shell, options } = panel;
  const [right, bottom] = [options.corner.endsWith('right'), options.corner.startsWith('bottom')];
  let start = panel.state;
  let next = start;
  const begin = () => (start = next = panel.state);
  const end = () => panel.update(next);
  const live = (patch: Partial<typeof start>) => {
    next = { ...start, ...patch };
    placePanel(panel, next);
  };
  if (options.mode === 'floating') {
    dragHandle(
      shell.bar,
      begin,
      (dx, dy) =>
        live({
          offsetX: Math.max(0, start.offsetX + (right ? -dx : dx)),
          offsetY: Math.max(0, start.offsetY + (bottom ? -dy : dy)),
        }),
      end,
    );
  }
  const inline = options.mode === 'inline';
  dragHandle(
    shell.grip,
    begin,
    (dx, dy) =>
      live({
        width: inline ? start.width : Math.max(280, start.width + (right || inline ? -dx : dx)),
        height: Math.max(160, start.height + (bottom && !inline ? -dy : dy)),
      }),
    end,
  );
}

/**
 * Applies the saved geometry: the floating host's offsets from its corner, the panel size.
 *
 * @example
 * ```ts
 * placePanel(panel);
 * ```
 */
export function placePanel(panel: PanelHandle, state = panel.state): void {
  const { shell, options } = panel;
  const host = (shell.panel.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  if (!host) return;
  host.setAttribute('mode', options.mode);
  host.setAttribute('corner', options.corner);
  if (options.mode === 'floating') {
    const [v, x] = options.corner.split('-') as [string, string];
    host.style.setProperty(x, `${state.offsetX}px`);
    host.style.setProperty(v, `${state.offsetY}px`);
    shell.panel.style.width = `${state.width}px`;
  }
  shell.panel.style.height = `${state.height}px`;
}
