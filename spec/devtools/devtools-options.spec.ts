import type { DevtoolsRuntime } from '../../lib/devtools/devtools-context';
import { FrametasksDevtools } from '../../lib/devtools/devtools-element';
import type { DevtoolsOptions } from '../../lib/devtools/devtools-options';
import { mountDevtools } from '../../lib/devtools/mount-devtools';
import { parseDevtoolsOptions } from '../../lib/devtools/parse-devtools-options';
import { InvalidArgumentError } from '../../lib/errors';

// Without a DOM (Jest's node environment): the checks run before mountDevtools reads any
// page global or the runtime, so spies standing in for them show that a bad option left
// nothing behind: no element defined, made or appended, no listener, no subscription.
// spec/devtools/devtools-mount.spec.ts mounts the valid options in Chromium.

/** A fake element, as the check sees one (nodeType 1). */
const element = { nodeType: 1 } as HTMLElement;

const bad: [string, unknown, string][] = [
  ['null', null, 'options: Invalid input: expected object, received null (got null)'],
  ['an array', [], 'options: Invalid input: expected object, received array (got [])'],
  ['a number', 300, 'options: Invalid input: expected object, received number (got 300)'],
  ['a string', 'inline', 'received string (got "inline")'],
  ['frames 0', { frames: 0 }, 'options.frames: expected a whole number >= 1 (got 0)'],
  ['frames negative', { frames: -5 }, 'options.frames: expected a whole number >= 1 (got -5)'],
  ['frames fractional', { frames: 1.5 }, 'options.frames: expected a whole number >= 1 (got 1.5)'],
  ['frames NaN', { frames: NaN }, 'options.frames: expected a whole number of frames (got NaN)'],
  ['frames Infinity', { frames: Infinity }, 'options.frames: expected a whole number of frames (got Infinity)'],
  ['frames a string', { frames: '300' }, 'options.frames: expected a whole number of frames (got "300")'],
  [
    'mode misspelt',
    { mode: 'float' },
    'options.mode: Invalid option: expected one of "floating"|"inline" (got "float")',
  ],
  ['corner misspelt', { corner: 'bottom-rigth' }, 'options.corner: Invalid option: expected one of "bottom-right"|'],
  ['corner half', { corner: 'top' }, '(got "top")'],
  ['hotkey unknown modifier', { hotkey: 'Control+D' }, '"Control" is not one of the modifiers Alt, Shift, Ctrl, Meta'],
  [
    'hotkey without a key',
    { hotkey: 'Alt+Shift' },
    'options.hotkey: expected a hotkey such as "Alt+Shift+D" or false;',
  ],
  ['hotkey empty', { hotkey: '' }, 'no key after the modifiers (got "")'],
  ['hotkey unknown key', { hotkey: 'Ctrl+Esc' }, '"esc" is not a key'],
  ['hotkey Space', { hotkey: 'Ctrl+Space' }, '"space" is not a key'],
  ['hotkey true', { hotkey: true }, 'options.hotkey: expected a hotkey such as "Alt+Shift+D" or false (got true)'],
  ['hotkey null', { hotkey: null }, 'options.hotkey: expected a hotkey such as "Alt+Shift+D" or false (got null)'],
  ['open a string', { open: 'yes' }, 'options.open: Invalid input: expected boolean, received string (got "yes")'],
  ['readOnly a number', { readOnly: 1 }, 'options.readOnly: Invalid input: expected boolean, received number (got 1)'],
  ['captureStacks a string', { captureStacks: 'true' }, 'options.captureStacks: Invalid input: expected boolean'],
  ['storageKey a number', { storageKey: 5 }, 'options.storageKey: Invalid input: expected string, received number'],
  ['container null', { container: null }, 'options.container: expected an HTMLElement (got null)'],
  ['container a selector', { container: '#tasks' }, 'options.container: expected an HTMLElement (got "#tasks")'],
  ['an unknown key', { colour: 'red' }, 'options: Unrecognized key: "colour" (got {"colour":"red"})'],
  ['a misspelt key', { frame: 300, hotKey: 'Alt+D' }, 'options: Unrecognized keys: "frame", "hotKey"'],
];

/** Every valid combination docs/devtools.md, the JSDoc and examples/ use, and every option set. */
const valid: DevtoolsOptions[] = [
  {},
  { container: element },
  { corner: 'top-left' },
  { corner: 'bottom-left', hotkey: 'Ctrl+Shift+F', readOnly: true },
  { mode: 'inline' },
  { hotkey: false },
  { hotkey: 'Ctrl+F12' },
  { hotkey: 'Cmd+1' },
  { hotkey: 'alt + shift + d' },
  // examples/recipes and examples/browser
  { corner: 'bottom-left', storageKey: 'three-devtools' },
  { container: element, hotkey: false },
  { captureStacks: true },
  {
    mode: 'floating',
    container: element,
    corner: 'top-right',
    hotkey: 'Meta+ArrowUp',
    open: true,
    readOnly: false,
    storageKey: 'my-devtools',
    captureStacks: true,
    frames: 1,
  },
  { frames: 300, open: false, captureStacks: false, hotkey: undefined },
];

const globals = ['document', 'window', 'customElements'] as const;

describe('devtools options', () => {
  let touched: string[];
  const spy = <T extends object>(name: string): T =>
    new Proxy({} as T, {
      get: (_target, key) => void touched.push(`${name}.${String(key)}`),
      set: (_target, key) => (touched.push(`${name}.${String(key)} =`), true),
    });

  beforeEach(() => {
    touched = [];
    for (const name of globals) Object.defineProperty(globalThis, name, { value: spy(name), configurable: true });
  });
  afterEach(() => {
    for (const name of globals) delete (globalThis as Record<string, unknown>)[name];
  });

  it.each(bad)(
    'mountDevtools refuses %s, naming the option and quoting the value, before touching anything',
    (_name, options, fragment) => {
      let caught: unknown;
      try {
        mountDevtools(spy<DevtoolsRuntime>('runtime'), options as DevtoolsOptions);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidArgumentError);
      expect((caught as InvalidArgumentError).code).toBe('ERR_FRAMETASKS_INVALID_ARGUMENT');
      expect((caught as InvalidArgumentError).name).toBe('InvalidArgumentError');
      expect((caught as Error).message).toContain(fragment);
      // no custom element defined, no element made or appended, no listener, no runtime read
      expect(touched).toEqual([]);
    },
  );

  it.each(bad)("the element's options setter refuses %s and keeps its options", (_name, options, fragment) => {
    const devtools = new FrametasksDevtools();
    const before = { frames: 60 };
    devtools.options = before;
    expect(() => (devtools.options = options as DevtoolsOptions)).toThrow(fragment);
    expect(devtools.options).toBe(before);
  });

  it.each(valid.map((options) => [JSON.stringify(options), options] as const))(
    'accepts %s as it is',
    (_name, options) => {
      expect(parseDevtoolsOptions(options)).toBe(options);
      const devtools = new FrametasksDevtools();
      devtools.options = options;
      expect(devtools.options).toBe(options);
    },
  );
});
