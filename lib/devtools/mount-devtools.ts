import { checkDevtoolsRuntime } from './check-devtools-runtime.js';
import type { DevtoolsRuntime } from './devtools-context.js';
import { defineDevtools, FrametasksDevtools } from './devtools-element.js';
import type { DevtoolsOptions } from './devtools-options.js';
import { parseDevtoolsOptions } from './parse-devtools-options.js';

/**
 * What {@link mountDevtools} returns: the element, and open / close / unmount.
 *
 * @example
 * ```ts
 * const devtools = mountDevtools(runtime);
 * devtools.open();
 * ```
 */
export interface DevtoolsHandle {
  readonly element: FrametasksDevtools;
  open(): void;
  close(): void;
  toggle(): void;
  /** Removes the panel: every subscription and timer it had ends. */
  unmount(): void;
}

/**
 * Mounts the devtools panel for `runtime`: floating at a corner with a toggle button and
 * a hotkey (default), or inline in `options.container`. Bad options (see
 * {@link DevtoolsOptions}), then a `runtime` that is not a frametasks runtime, throw an
 * `InvalidArgumentError` before anything is mounted. A disposed runtime is accepted: the
 * panel shows its last table. With several panels on one hotkey, a press toggles only the
 * most recently mounted one (unmounting it hands the hotkey back to the previous one).
 *
 * @example
 * ```ts
 * import { mountDevtools } from 'frametasks/devtools';
 * const devtools = mountDevtools(runtime); // floating, Alt+Shift+D
 * mountDevtools(runtime, { container: document.querySelector('#tasks')! }); // inline
 * ```
 */
export function mountDevtools(runtime: DevtoolsRuntime, options: DevtoolsOptions = {}): DevtoolsHandle {
  // checked before the element is defined, made or appended: a bad option leaves nothing
  const checked = parseDevtoolsOptions(options);
  checkDevtoolsRuntime(runtime);
  defineDevtools();
  const element = document.createElement('frametasks-devtools');
  element.options = checked;
  element.runtime = runtime;
  (checked.container ?? document.body).append(element);
  return {
    element,
    open: () => (element.open = true),
    close: () => (element.open = false),
    toggle: () => (element.open = !element.open),
    unmount: () => element.remove(),
  };
}
