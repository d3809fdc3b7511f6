/**
 * The line a navigation key moves the list's selection to: arrows by one, PageUp/PageDown
 * by `page` lines, Home/End to the ends, clamped to the list; from no selection (`at` -1)
 * it counts from the first line. Undefined for any other key. An empty list gives -1 (no
 * line there, so nothing is selected, but the key is still the list's).
 *
 * @example
 * ```ts
 * keyMove('PageDown', 3, lines.length, 10); // 13 (or the last line)
 * ```
 */
export function keyMove(key: string, at: number, length: number, page: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowDown: 1,
    ArrowUp: -1,
    PageDown: page,
    PageUp: -page,
    Home: -Infinity,
    End: Infinity,
  };
  if (!(key in moves)) return undefined;
  return Math.min(length - 1, Math.max(0, (at < 0 ? 0 : at) + moves[key]!));
}

/**
 * Whether `key` collapses or expands a tree node: Enter toggles; Left collapses an open
 * node, Right opens a collapsed one (as in a file tree).
 *
 * @example
 * ```ts
 * if (line.children > 0 && isToggleKey(event.key, line.collapsed)) toggle(line.key);
 * ```
 */
export function isToggleKey(key: string, collapsed: boolean): boolean {
  return key === 'Enter' || (key === 'ArrowLeft' && !collapsed) || (key === 'ArrowRight' && collapsed);
}
