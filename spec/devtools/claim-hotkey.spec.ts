import { claimHotkey } from '../../lib/devtools/panel/claim-hotkey';
import { parseHotkey, type Hotkey } from '../../lib/devtools/panel/hotkey';

// Several panels on one page (two runtimes, both on the default Alt+Shift+D) used to add a
// listener each, so one press toggled them all. A fake window records the page-wide
// listeners: one press reaches exactly one claim, and none is left once all are released.
type Listener = (event: KeyboardEvent) => void;

const hotkey = (text: string): Hotkey => parseHotkey(text) as Hotkey;
const altShiftD = () =>
  ({
    key: 'Î',
    code: 'KeyD',
    altKey: true,
    shiftKey: true,
    ctrlKey: false,
    metaKey: false,
    preventDefault: jest.fn(),
  }) as unknown as KeyboardEvent;
const ctrlF12 = () =>
  ({
    key: 'F12',
    code: 'F12',
    altKey: false,
    shiftKey: false,
    ctrlKey: true,
    metaKey: false,
    preventDefault: jest.fn(),
  }) as unknown as KeyboardEvent;

describe('claimHotkey', () => {
  let listeners: Listener[];
  const press = (event: KeyboardEvent): KeyboardEvent => {
    for (const listener of [...listeners]) listener(event);
    return event;
  };

  beforeEach(() => {
    listeners = [];
    const fakeWindow = {
      addEventListener: (type: string, l: Listener) => type === 'keydown' && listeners.push(l),
      removeEventListener: (type: string, l: Listener) =>
        type === 'keydown' && listeners.includes(l) && listeners.splice(listeners.indexOf(l), 1),
    };
    Object.defineProperty(globalThis, 'window', { value: fakeWindow, configurable: true });
  });
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)['window'];
  });

  it('gives a press to the most recent claim only, and back to the previous one on release', () => {
    const pressed: string[] = [];
    const releaseA = claimHotkey(hotkey('Alt+Shift+D'), () => pressed.push('a'));
    const releaseB = claimHotkey(hotkey('alt + shift + d'), () => pressed.push('b'));
    expect(listeners).toHaveLength(1);
    expect(press(altShiftD()).preventDefault).toHaveBeenCalledTimes(1);
    expect(pressed).toEqual(['b']);
    releaseB();
    press(altShiftD());
    expect(pressed).toEqual(['b', 'a']);
    releaseA();
    expect(listeners).toEqual([]);
    const ignored = press(altShiftD());
    expect(pressed).toEqual(['b', 'a']);
    expect(ignored.preventDefault).not.toHaveBeenCalled();
  });

  it('releasing an older claim keeps the newer one answering', () => {
    const pressed: string[] = [];
    const releaseA = claimHotkey(hotkey('Alt+Shift+D'), () => pressed.push('a'));
    const releaseB = claimHotkey(hotkey('Alt+Shift+D'), () => pressed.push('b'));
    releaseA();
    releaseA(); // twice: does nothing, and in particular does not release b
    press(altShiftD());
    expect(pressed).toEqual(['b']);
    expect(listeners).toHaveLength(1);
    releaseB();
    expect(listeners).toEqual([]);
  });

  it('leaves a claim on another hotkey answering its own press', () => {
    const pressed: string[] = [];
    const releaseA = claimHotkey(hotkey('Ctrl+F12'), () => pressed.push('a'));
    const releaseB = claimHotkey(hotkey('Alt+Shift+D'), () => pressed.push('b'));
    press(ctrlF12());
    press(altShiftD());
    expect(pressed).toEqual(['a', 'b']);
    releaseA();
    releaseB();
    expect(listeners).toEqual([]);
  });
});
