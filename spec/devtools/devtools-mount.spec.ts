import type { Browser } from 'playwright-core';
import { launchChromium, openDevtoolsPage } from '../support/devtools-page';

// mountDevtools' options in real Chromium: the valid ones still mount, a bad one leaves the
// page as it was. spec/devtools/devtools-options.spec.ts holds the table of bad options.
jest.setTimeout(30_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('mountDevtools options in Chromium', () => {
  it('mounts, renders and unmounts with every option combination docs/devtools.md uses', async () => {
    const { page, errors } = await openDevtoolsPage(browser);
    const results = await page.evaluate(() => {
      const w = window as any;
      const host = document.getElementById('host')!;
      // the docs' calls (Setup, the recipes, the option table), the JSDoc examples and examples/
      const combos: Record<string, object> = {
        none: {},
        inline: { container: host },
        'top-left': { corner: 'top-left' },
        'JSDoc example': { corner: 'bottom-left', hotkey: 'Ctrl+Shift+F', readOnly: true },
        'no hotkey': { hotkey: false },
        'examples/recipes/three-loop.ts': { corner: 'bottom-left', storageKey: 'three-devtools' },
        'examples/browser inline': { container: host, hotkey: false },
        'examples/browser floating': { captureStacks: true },
        'every option': {
          mode: 'inline',
          container: host,
          corner: 'top-right',
          hotkey: 'Ctrl+F12',
          open: true,
          readOnly: true,
          storageKey: 'my-devtools',
          captureStacks: true,
          frames: 60,
        },
        'one frame, floating open': { mode: 'floating', open: true, frames: 1 },
      };
      return Object.entries(combos).map(([name, options]) => {
        const rt = w.ft.createRuntime({ frames: w.ft.hostFrames().frames });
        const d = w.ft.mountDevtools(rt, options);
        const mounted = d.element.isConnected && d.element.shadowRoot.childElementCount > 0;
        d.unmount();
        rt.dispose();
        return [name, mounted && !d.element.isConnected];
      });
    });
    expect(results).toEqual(results.map(([name]) => [name, true]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('toggles with a hotkey given in the options', async () => {
    const { page, errors } = await openDevtoolsPage(browser);
    await page.evaluate(() => {
      const w = window as any;
      w.rt = w.ft.createRuntime({ frames: w.ft.hostFrames().frames });
      w.d = w.ft.mountDevtools(w.rt, { hotkey: 'Ctrl+Shift+F' });
    });
    expect(await page.evaluate(() => (window as any).d.element.open)).toBe(false);
    await page.keyboard.press('Control+Shift+KeyF');
    expect(await page.evaluate(() => (window as any).d.element.open)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves nothing behind when an option is bad: no element, definition, listener or runtime read', async () => {
    const { page, errors } = await openDevtoolsPage(browser);
    const after = await page.evaluate(() => {
      const w = window as any;
      const listeners: string[] = [];
      for (const target of [window, document, document.body] as any[]) {
        const add = target.addEventListener.bind(target);
        target.addEventListener = (type: string, ...rest: unknown[]) => (listeners.push(type), add(type, ...rest));
      }
      const rt = w.ft.createRuntime({ frames: w.ft.hostFrames().frames });
      const reads: string[] = [];
      const spy = new Proxy(rt, { get: (t, k) => (reads.push(String(k)), Reflect.get(t, k)) });
      const html = document.documentElement.outerHTML;
      const thrown = [{ frames: 0 }, { corner: 'top' }, { hotkey: 'Control+D' }, { colour: 'red' }, null].map(
        (options) => {
          try {
            w.ft.mountDevtools(spy, options);
            return 'mounted';
          } catch (error) {
            return (error as { code?: string }).code;
          }
        },
      );
      return {
        thrown,
        listeners,
        reads,
        sameHtml: document.documentElement.outerHTML === html,
        defined: customElements.get('frametasks-devtools') !== undefined,
      };
    });
    expect(after).toEqual({
      thrown: Array(5).fill('ERR_FRAMETASKS_INVALID_ARGUMENT'),
      listeners: [],
      reads: [],
      sameHtml: true,
      defined: false,
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});
