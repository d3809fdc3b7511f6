/**
 * The page's `localStorage`, or undefined where reading it throws (opaque origins:
 * sandboxed iframes, blocked storage): the panel then works without saving its state
 * (`loadState` and `saveState` take the undefined).
 *
 * @example
 * ```ts
 * const state = loadState(pageStorage(), 'frametasks-devtools', DEFAULT_STATE);
 * ```
 */
export function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
