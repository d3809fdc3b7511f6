/**
 * A parsed hotkey: the modifiers it wants down (all others must be up) and its key, lower
 * case.
 *
 * @example
 * ```ts
 * parseHotkey('Alt+Shift+D'); // { alt: true, shift: true, ctrl: false, meta: false, key: 'd' }
 * ```
 */
export interface Hotkey {
  readonly alt: boolean;
  readonly shift: boolean;
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly key: string;
}

const MODIFIERS: readonly string[] = ['alt', 'shift', 'ctrl', 'meta', 'cmd'];

// The named keys whose `KeyboardEvent.key` holds with any modifier down (a hotkey naming
// another, such as "Esc" or "Space", would never match an event: refused instead)
const NAMED_KEY =
  /^(f([1-9]|1[0-9]|2[0-4])|escape|enter|tab|backspace|delete|insert|home|end|pageup|pagedown|arrow(up|down|left|right))$/;

/**
 * Parses a hotkey such as `'Alt+Shift+D'` or `'Ctrl+F12'`: modifiers among Alt, Shift,
 * Ctrl, Meta and Cmd (any case), then one key: a single character, F1 to F24, or a named
 * key such as Escape, Enter or ArrowUp. A string that could never match a key event gives
 * what is wrong with it instead, in the words of an option's error.
 *
 * @example
 * ```ts
 * parseHotkey('Cmd+1'); // { alt: false, shift: false, ctrl: false, meta: true, key: '1' }
 * parseHotkey('Control+D'); // 'expected a hotkey such as "Alt+Shift+D" or false; "Control" is not ...'
 * ```
 */
export function parseHotkey(hotkey: string): Hotkey | string {
  const parts = hotkey.split('+').map((p) => p.trim());
  const key = (parts.pop() as string).toLowerCase();
  const wrong = parts.find((p) => !MODIFIERS.includes(p.toLowerCase()));
  const problem =
    wrong !== undefined
      ? `"${wrong}" is not one of the modifiers Alt, Shift, Ctrl, Meta, Cmd`
      : key === '' || MODIFIERS.includes(key)
        ? 'no key after the modifiers'
        : [...key].length > 1 && !NAMED_KEY.test(key)
          ? `"${key}" is not a key (a character, F1-F24, Escape, Enter, Tab, ArrowUp, ...)`
          : undefined;
  if (problem !== undefined) return `expected a hotkey such as "Alt+Shift+D" or false; ${problem}`;
  const wants = (m: string) => parts.some((p) => p.toLowerCase() === m);
  return { alt: wants('alt'), shift: wants('shift'), ctrl: wants('ctrl'), meta: wants('meta') || wants('cmd'), key };
}

/**
 * Whether a key event matches a hotkey (parsed, or a string for {@link parseHotkey}; a
 * string it refuses matches nothing): the modifiers named must be down and no others; a
 * letter or digit is matched by its physical key (`KeyD`), so Alt / Option combinations
 * that change the typed character still match.
 *
 * @example
 * ```ts
 * window.addEventListener('keydown', (e) => { if (matchesHotkey(e, 'Alt+Shift+D')) toggle(); });
 * ```
 */
export function matchesHotkey(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey'>,
  hotkey: string | Hotkey,
): boolean {
  const wanted = typeof hotkey === 'string' ? parseHotkey(hotkey) : hotkey;
  if (typeof wanted === 'string' || event.altKey !== wanted.alt || event.shiftKey !== wanted.shift) return false;
  if (event.ctrlKey !== wanted.ctrl || event.metaKey !== wanted.meta) return false;
  const { key } = wanted;
  if (/^[a-z]$/.test(key)) return event.code === `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}`;
  return event.key.toLowerCase() === key;
}
