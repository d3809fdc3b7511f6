import { checkDevtoolsRuntime } from './check-devtools-runtime.js';
import type { DevtoolsRuntime } from './devtools-context.js';
import { resolveOptions, type DevtoolsOptions } from './devtools-options.js';
import { parseDevtoolsOptions } from './parse-devtools-options.js';
import { DevtoolsPanel } from './panel/devtools-panel.js';

/**
 * The custom element's tag.
 *
 * @example
 * ```ts
 * defineDevtools();
 * const el = document.createElement(DEVTOOLS_TAG) as FrametasksDevtools;
 * ```
 */
export const DEVTOOLS_TAG = 'frametasks-devtools';

// Outside a browser (SSR, Node tests importing the entry) there is no HTMLElement: the class
// must still be definable; it is only ever instantiated where custom elements exist.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * `<frametasks-devtools>`: the panel as a framework-agnostic custom element. Give it a
 * runtime (and options) and put it in the page; it starts when connected and stops
 * (every subscription and timer) when removed. Register it with {@link defineDevtools}
 * (or let {@link mountDevtools} do both).
 *
 * @example
 * ```ts
 * defineDevtools();
 * const el = document.createElement('frametasks-devtools') as FrametasksDevtools;
 * el.options = { mode: 'inline' };
 * el.runtime = runtime;
 * sidebar.append(el);
 * ```
 */
export class FrametasksDevtools extends Base {
  #runtime: DevtoolsRuntime | undefined;
  #panel: DevtoolsPanel | undefined;
  #options: DevtoolsOptions = {};

  /**
   * Options read when the panel starts (set them before `runtime` or before connecting).
   * Checked when set: bad ones throw an `InvalidArgumentError` and leave the options as
   * they were.
   */
  get options(): DevtoolsOptions {
    return this.#options;
  }

  set options(options: DevtoolsOptions) {
    this.#options = parseDevtoolsOptions(options);
  }

  /**
   * The runtime shown (the panel starts once both it is set and the element is connected).
   * Checked when set: a value that is not a frametasks runtime throws an
   * `InvalidArgumentError` and leaves the panel as it was; `undefined` (or `null`) stops the
   * panel. A disposed runtime is accepted: the panel shows its last table.
   */
  get runtime(): DevtoolsRuntime | undefined {
    return this.#runtime;
  }

  set runtime(runtime: DevtoolsRuntime | undefined) {
    // null, as a framework binding clears a property, stops the panel as undefined does
    const checked = runtime == null ? undefined : checkDevtoolsRuntime(runtime);
    this.#stop();
    this.#runtime = checked;
    if (this.isConnected) this.#start();
  }

  /** Whether the panel is open. */
  get open(): boolean {
    return this.#panel?.state.open ?? false;
  }

  set open(open: boolean) {
    this.#panel?.update({ open });
  }

  connectedCallback(): void {
    this.#start();
  }

  disconnectedCallback(): void {
    this.#stop();
  }

  #start(): void {
    if (this.#panel || !this.#runtime) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.replaceChildren();
    this.#panel = new DevtoolsPanel(root, this.#runtime, resolveOptions(this.#options));
  }

  #stop(): void {
    this.#panel?.dispose();
    this.#panel = undefined;
    this.shadowRoot?.replaceChildren();
  }
}

/**
 * Registers `<frametasks-devtools>` (once; later calls do nothing).
 *
 * @example
 * ```ts
 * defineDevtools();
 * ```
 */
export function defineDevtools(): void {
  if (!customElements.get(DEVTOOLS_TAG)) customElements.define(DEVTOOLS_TAG, FrametasksDevtools);
}

declare global {
  interface HTMLElementTagNameMap {
    'frametasks-devtools': FrametasksDevtools;
  }
}
