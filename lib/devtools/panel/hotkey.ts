/**
 * Whether a key event matches a hotkey such as `'Alt+Shift+D'` or `'Ctrl+F12'`: the
 * modifiers named must be down and no others; a letter or digit is matched by its
 * physical key (`KeyD`), so Alt / Option combinations that change the typed character
 * still match.
 *
 * @example
 * ```ts
 * window.addEventListener('keydown', (e) => { if (matchesHotkey(e, 'Alt+Shift+D')) toggle(); });
 * ```
 */
export function matchesHotkey(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey'>,
  hotkey: string,
): boolean {
  const parts = hotkey
    .toLowerCase()
    .split('+')
    .map((p) => p.trim());
  const key = parts.pop() ?? '';
  const wants = (m: string) => parts.includes(m);
  if (event.altKey !== wants('alt') || event.shiftKey !== wants('shift')) return false;
  if (event.ctrlKey !== wants('ctrl') || event.metaKey !== (wants('meta') || wants('cmd'))) return false;
  if (/^[a-z]$/.test(key)) return event.code === `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}`;
  return event.key.toLowerCase() === key;
}
