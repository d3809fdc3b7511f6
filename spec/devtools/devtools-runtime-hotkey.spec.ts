import type { Browser } from 'playwright-core';
import { launchChromium, openDevtoolsPage } from '../support/devtools-page';

// In real Chromium: what mountDevtools does with its runtime argument (spec/devtools/
// devtools-runtime.spec.ts holds the table of refused values, without a DOM), and several
// panels on one page sharing a hotkey.
jest.setTimeout(30_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('mountDevtools runtime and hotkey in Chromium', () => {
  // before: an empty element was appended (or a TypeError thrown from inside the panel)
  it('refuses a value that is not a runtime and leaves the page as it was', async () => {
    const { page, errors } = await openDevtoolsPage(browser);
    const after = await page.evaluate(() => {
      const w = window as any;
      const html = document.documentElement.outerHTML;
      const thrown = [undefined, {}, 42, w.ft.createRuntime({ frames: w.ft.hostFrames().frames }).scheduler].map(
        (r) => {
          try {
            w.ft.mountDevtools(r);
            return 'mounted';
          } catch (error) {
            return `${(error as { code?: string }).code} ${(error as Error).message.split(' (got ')[0]}`;
          }
        },
      );
      return { thrown, sameHtml: document.documentElement.outerHTML === html };
    });
    expect(after).toEqual({
      thrown: Array(4).fill(
        'ERR_FRAMETASKS_INVALID_ARGUMENT runtime: expected a frametasks Runtime from createRuntime()',
      ),
      sameHtml: true,
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  // consistent with a runtime disposed while mounted (panel-dom.spec.ts): its last table shows
  it('mounts a disposed runtime and shows its last table', async () => {
    const { page, errors } = await openDevtoolsPage(browser);
    await page.evaluate(() => {
      const w = window as any;
      const host = w.ft.hostFrames();
      const rt = w.ft.createRuntime({ frames: host.frames });
      rt.run([w.ft.NEVER, w.ft.NEVER, w.ft.NEVER]);
      host.tick();
      rt.dispose();
      w.d = w.ft.mountDevtools(rt, { container: document.getElementById('host'), open: true });
    });
    await page.clock.runFor(300);
    const shown = await page.evaluate(() => {
      const root = (window as any).d.element.shadowRoot;
      return {
        cancelled: root.querySelectorAll('[data-testid="task-row"][data-status="cancelled"]').length,
      };
    });
    expect(shown).toEqual({ cancelled: 3 });
    expect(errors).toEqual([]);
    await page.close();
  });

  // before: every panel added its own keydown listener, so one press toggled them all
  it('toggles only the most recently mounted panel on a hotkey; unmounting it hands the hotkey back; no listener is left', async () => {
    const { page, errors } = await openDevtoolsPage(browser);
    await page.evaluate(() => {
      const w = window as any;
      w.keydownListeners = 0;
      const [add, remove] = [window.addEventListener.bind(window), window.removeEventListener.bind(window)];
      window.addEventListener = ((type: string, ...rest: [any, any]) => {
        if (type === 'keydown') w.keydownListeners++;
        return add(type, ...rest);
      }) as typeof window.addEventListener;
      window.removeEventListener = ((type: string, ...rest: [any, any]) => {
        if (type === 'keydown') w.keydownListeners--;
        return remove(type, ...rest);
      }) as typeof window.removeEventListener;
      const mount = () =>
        w.ft.mountDevtools(w.ft.createRuntime({ frames: w.ft.hostFrames().frames }), {
          storageKey: `k${Math.random()}`,
        });
      w.panels = [
        mount(),
        mount(),
        w.ft.mountDevtools(w.ft.createRuntime({ frames: w.ft.hostFrames().frames }), { hotkey: 'Ctrl+F12' }),
      ];
    });
    const open = () => page.evaluate(() => (window as any).panels.map((p: any) => p.element.open));
    await page.keyboard.press('Alt+Shift+KeyD');
    expect(await open()).toEqual([false, true, false]);
    await page.keyboard.press('Alt+Shift+KeyD');
    expect(await open()).toEqual([false, false, false]);
    await page.evaluate(() => (window as any).panels[1].unmount());
    await page.keyboard.press('Alt+Shift+KeyD');
    expect(await open()).toEqual([true, false, false]);
    await page.keyboard.press('Control+F12');
    expect(await open()).toEqual([true, false, true]);
    await page.evaluate(() => (window as any).panels.forEach((p: any) => p.unmount()));
    expect(await page.evaluate(() => (window as any).keydownListeners)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
