/**
 * The screen corner the floating panel sits in.
 *
 * @example
 * ```ts
 * mountDevtools(runtime, { corner: 'top-left' });
 * ```
 */
export type DevtoolsCorner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/**
 * Options of {@link mountDevtools} (and of `<frametasks-devtools>`'s `options` property).
 * Checked before anything is mounted: options that are not an object (null, an array, a
 * number), an unknown key, or a value outside what each option below says it takes throw
 * an `InvalidArgumentError` naming the option and quoting the value, e.g.
 * `options.frames: expected a whole number >= 1 (got 0)`.
 *
 * @example
 * ```ts
 * mountDevtools(runtime, { corner: 'bottom-left', hotkey: 'Ctrl+Shift+F', readOnly: true });
 * ```
 */
export interface DevtoolsOptions {
  /** `floating`: a toggle button at a corner, the panel over the page. `inline`: in your layout. Default: inline when `container` is given. Any other string is refused. */
  readonly mode?: 'floating' | 'inline';
  /** Where to append the panel (default `document.body`). An element; `null` (a missing `querySelector` match) is refused. */
  readonly container?: HTMLElement;
  /** Corner of the floating panel. Default `bottom-right`. Any other string is refused. */
  readonly corner?: DevtoolsCorner;
  /**
   * Toggles the panel from anywhere in the page; false: none. Default `Alt+Shift+D`.
   * Modifiers among `Alt`, `Shift`, `Ctrl`, `Meta` and `Cmd` (any case), joined by `+`,
   * then one key: a character, `F1` to `F24` or a named key (`Escape`, `Enter`, `Tab`,
   * `Backspace`, `Delete`, `Insert`, `Home`, `End`, `PageUp`, `PageDown`, `ArrowUp`, ...).
   * A string that could never match a key press (`Control+D`, `Alt+Shift`, `Ctrl+Esc`) is refused.
   * Several panels on one hotkey: a press toggles only the most recently mounted one.
   */
  readonly hotkey?: string | false;
  /** Open at first (until the user toggles; then the saved state wins). Default: inline open, floating closed. */
  readonly open?: boolean;
  /** Hides the cancel and clear actions. A boolean, as `open` and `captureStacks`. */
  readonly readOnly?: boolean;
  /** The `localStorage` key of the saved state. Default `frametasks-devtools` (`frametasks-devtools:inline` inline). */
  readonly storageKey?: string;
  /**
   * Records the stack at each task's submission (shown as "Created at"). Off by default: an
   * `Error` per submitted task costs time. Works because `submitted` is emitted while the
   * submitting call is still on the stack.
   */
  readonly captureStacks?: boolean;
  /** Frames kept for the Frames view: a whole number >= 1. Default 300. */
  readonly frames?: number;
}

/**
 * {@link DevtoolsOptions} with defaults applied.
 *
 * @example
 * ```ts
 * resolveOptions({}).hotkey; // 'Alt+Shift+D'
 * ```
 */
export function resolveOptions(options: DevtoolsOptions) {
  const mode = options.mode ?? (options.container ? 'inline' : 'floating');
  return {
    mode,
    corner: options.corner ?? 'bottom-right',
    hotkey: options.hotkey ?? 'Alt+Shift+D',
    open: options.open ?? mode === 'inline',
    readOnly: options.readOnly === true,
    storageKey: options.storageKey ?? (mode === 'inline' ? 'frametasks-devtools:inline' : 'frametasks-devtools'),
    captureStacks: options.captureStacks === true,
    frames: options.frames ?? 300,
  } as const;
}

/** {@link DevtoolsOptions} with every default applied. */
export type ResolvedDevtoolsOptions = ReturnType<typeof resolveOptions>;
