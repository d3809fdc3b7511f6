import { hostFrames } from '../../lib/frames/host-frames';
import type { DevtoolsRuntime } from '../../lib/devtools/devtools-context';
import { FrametasksDevtools } from '../../lib/devtools/devtools-element';
import { mountDevtools } from '../../lib/devtools/mount-devtools';
import { checkDevtoolsRuntime } from '../../lib/devtools/check-devtools-runtime';
import { InvalidArgumentError } from '../../lib/errors';
import { createRuntime } from '../../lib/runtime/create-runtime';

// mountDevtools' first argument: anything but a runtime mounted an empty panel or threw a
// TypeError from deep inside it. Without a DOM: spies on the page globals show the refusal
// comes before the page is touched. Chromium mounts a disposed runtime (devtools-mount.spec.ts).
const runtime = createRuntime({ frames: hostFrames().frames });
afterAll(() => runtime.dispose());

const PREFIX = 'runtime: expected a frametasks Runtime from createRuntime()';
const notRuntimes: [string, () => unknown, string][] = [
  ['undefined', () => undefined, '(got undefined)'],
  ['null', () => null, '(got null)'],
  ['an empty object', () => ({}), '(got {})'],
  ['a number', () => 3, '(got 3)'],
  ['a string', () => 'runtime', '(got "runtime")'],
  ['its scheduler', () => runtime.scheduler, '(got '],
  ['its table$', () => runtime.table$, '(got '],
  ['a runtime without events$', () => ({ ...runtime, events$: undefined, cancel: () => {} }), '(got '],
  ['a table$ without a value', () => ({ ...runtime, table$: runtime.events$, cancel: () => {} }), '(got '],
];

const globals = ['document', 'window', 'customElements'] as const;

describe('the devtools runtime argument', () => {
  let touched: string[];
  beforeEach(() => {
    touched = [];
    for (const name of globals) {
      const spy = new Proxy({}, { get: (_t, key) => void touched.push(`${name}.${String(key)}`) });
      Object.defineProperty(globalThis, name, { value: spy, configurable: true });
    }
  });
  afterEach(() => {
    for (const name of globals) delete (globalThis as Record<string, unknown>)[name];
  });

  it.each(notRuntimes)('mountDevtools refuses %s, quoting it, before touching the page', (_name, value, got) => {
    let caught: unknown;
    try {
      mountDevtools(value() as DevtoolsRuntime);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidArgumentError);
    expect((caught as InvalidArgumentError).code).toBe('ERR_FRAMETASKS_INVALID_ARGUMENT');
    expect((caught as Error).message).toContain(`${PREFIX} ${got}`);
    expect(touched).toEqual([]);
  });

  it.each(notRuntimes.filter(([name]) => name !== 'undefined' && name !== 'null'))(
    "the element's runtime setter refuses %s and keeps its runtime",
    (_name, value, got) => {
      const devtools = new FrametasksDevtools();
      devtools.runtime = runtime;
      expect(() => (devtools.runtime = value() as DevtoolsRuntime)).toThrow(`${PREFIX} ${got}`);
      expect(devtools.runtime).toBe(runtime);
    },
  );

  it("the element's runtime setter takes undefined or null as no runtime", () => {
    const devtools = new FrametasksDevtools();
    devtools.runtime = runtime;
    devtools.runtime = null as unknown as undefined;
    expect(devtools.runtime).toBeUndefined();
    devtools.runtime = runtime;
    devtools.runtime = undefined;
    expect(devtools.runtime).toBeUndefined();
  });

  it('accepts a runtime, live or disposed (the panel then shows its last table), without reading workers', () => {
    const disposed = createRuntime({ frames: hostFrames().frames });
    disposed.dispose();
    for (const r of [runtime, disposed]) {
      const reads: string[] = [];
      const spy = new Proxy(r, { get: (t, k) => (reads.push(String(k)), Reflect.get(t, k)) });
      expect(checkDevtoolsRuntime(spy)).toBe(spy);
      expect(reads).not.toContain('workers');
    }
  });
});
