import type { ResolvedDevtoolsOptions } from '../devtools-options.js';
import type { DevtoolsState } from '../devtools-state.js';
import type { PanelShell } from './panel-shell.js';

/**
 * What the shell's controls need of a panel: its elements, options and state, and how to
 * change the state. Declared apart from `DevtoolsPanel` so the controls and the panel do
 * not import each other.
 *
 * @example
 * ```ts
 * const handle: PanelHandle = panel;
 * handle.update({ open: true });
 * ```
 */
export interface PanelHandle {
  readonly shell: PanelShell;
  readonly options: ResolvedDevtoolsOptions;
  readonly state: DevtoolsState;
  update(patch: Partial<DevtoolsState>): void;
}
