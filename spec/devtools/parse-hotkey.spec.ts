import { matchesHotkey, parseHotkey } from '../../lib/devtools/panel/hotkey';

type KeyEvent = Parameters<typeof matchesHotkey>[0];
const press = (e: Partial<KeyEvent>): KeyEvent => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
  ...e,
});

describe('parseHotkey', () => {
  // each hotkey with a key press it must match: a parsed hotkey always fires on some press
  const accepted: [string, Partial<KeyEvent>][] = [
    ['Alt+Shift+D', { altKey: true, shiftKey: true, code: 'KeyD', key: 'Î' }],
    ['alt + shift + d', { altKey: true, shiftKey: true, code: 'KeyD', key: 'D' }],
    ['Ctrl+Shift+F', { ctrlKey: true, shiftKey: true, code: 'KeyF', key: 'F' }],
    ['Ctrl+F12', { ctrlKey: true, code: 'F12', key: 'F12' }],
    ['Cmd+1', { metaKey: true, code: 'Digit1', key: '1' }],
    ['Meta+ArrowUp', { metaKey: true, code: 'ArrowUp', key: 'ArrowUp' }],
    ['Ctrl+Escape', { ctrlKey: true, code: 'Escape', key: 'Escape' }],
    ['Alt+/', { altKey: true, code: 'Slash', key: '/' }],
    ['F2', { code: 'F2', key: 'F2' }],
  ];

  it.each(accepted)('parses %s, which then matches its key press', (hotkey, event) => {
    const parsed = parseHotkey(hotkey);
    expect(typeof parsed).toBe('object');
    expect(matchesHotkey(press(event), hotkey)).toBe(true);
    expect(matchesHotkey(press(event), parsed as Exclude<typeof parsed, string>)).toBe(true);
    expect(matchesHotkey(press({ ...event, ctrlKey: !event.ctrlKey }), hotkey)).toBe(false);
  });

  it('reads the modifiers in any case and order', () => {
    expect(parseHotkey('shift+CMD+alt+k')).toEqual({ alt: true, shift: true, ctrl: false, meta: true, key: 'k' });
  });

  // before, each of these was taken as it was and never matched a key press
  const refused: [string, string][] = [
    ['Control+D', '"Control" is not one of the modifiers Alt, Shift, Ctrl, Meta, Cmd'],
    ['Option+D', '"Option" is not one of the modifiers'],
    ['Alt+Shift', 'no key after the modifiers'],
    ['Alt+Shift+', 'no key after the modifiers'],
    ['', 'no key after the modifiers'],
    ['Ctrl+Esc', '"esc" is not a key'],
    ['Ctrl+Space', '"space" is not a key'],
    ['Alt+Shift+DD', '"dd" is not a key'],
    ['Ctrl+F25', '"f25" is not a key'],
  ];

  it.each(refused)('refuses %s, saying why', (hotkey, why) => {
    const parsed = parseHotkey(hotkey);
    expect(typeof parsed).toBe('string');
    expect(parsed).toContain(`expected a hotkey such as "Alt+Shift+D" or false; ${why}`);
    expect(matchesHotkey(press({ altKey: true, shiftKey: true, code: 'KeyD', key: 'D' }), hotkey)).toBe(false);
  });
});
