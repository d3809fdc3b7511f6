import type { Browser, Page } from 'playwright-core';
import { launchChromium, openDevtoolsPage } from '../support/devtools-page';

// The panel in real Chromium: runtimes on host frames (ticked by the test), timers and
// animation frames on the page's fake clock (advanced by runFor), so nothing waits on time.
jest.setTimeout(30_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** In the page: a runtime on host frames as `rt` / `host`, the panel mounted inline and open as `d`. */
async function mountInline(page: Page, withPool = false): Promise<void> {
  await page.evaluate((pool) => {
    const w = window as any;
    w.host = w.ft.hostFrames();
    const workers = pool
      ? { createWorkers: () => ({ pool: { size: 1, stats: { pool: 1, standalone: 0, queued: 0 } }, dispose() {} }) }
      : undefined;
    w.rt = w.ft.createRuntime({ frames: w.host.frames, workers });
    w.d = w.ft.mountDevtools(w.rt, { container: document.getElementById('host'), open: true });
  }, withPool);
}

const panelText = (page: Page, selector: string): Promise<string | undefined> =>
  page.evaluate((s) => (window as any).d.element.shadowRoot.querySelector(s)?.textContent ?? undefined, selector);

/**
 * The panel's text at `selector` once `done` accepts it (by default: once it is there),
 * else the last text read: advances the page's fake clock 100 ms at a time, at most 20
 * times, because what the panel draws after a click can also wait for the browser's own
 * layout and resize observers, which the fake clock does not drive.
 */
async function settledText(
  page: Page,
  selector: string,
  done: (text: string | undefined) => boolean = (text) => text !== undefined,
): Promise<string | undefined> {
  let text: string | undefined;
  for (let i = 0; i < 20 && !done(text); i++) {
    await page.clock.runFor(100);
    text = await panelText(page, selector);
  }
  return text;
}

const click = (page: Page, selector: string): Promise<void> =>
  page.evaluate((s) => (window as any).d.element.shadowRoot.querySelector(s).click(), selector);

describe('devtools panel in Chromium', () => {
  // reading globalThis.localStorage throws a SecurityError in a document with an opaque
  // origin (a sandboxed iframe, storage blocked): the panel's field initialiser threw, so
  // mountDevtools appended an empty element and the page got an uncaught error
  it('mounts where reading localStorage throws (opaque origin), just without saving its state', async () => {
    const { page, errors } = await openDevtoolsPage(browser, 'opaque');
    await mountInline(page);
    await page.evaluate(() => (window as any).host.tick());
    await page.clock.runFor(100);
    expect(errors).toEqual([]);
    expect(await panelText(page, '[data-testid="devtools-count"]')).toBe('0');
    expect(await panelText(page, '[data-testid="devtools-tab-tasks"]')).toBe('Tasks');
    await page.close();
  });

  // runtime.workers throws DisposedError once the runtime is disposed: the open Workers view
  // read it on every tick, so each animation frame threw while the panel stayed mounted
  it('keeps showing the Workers view of a runtime disposed while mounted, without throwing', async () => {
    const { page, errors } = await openDevtoolsPage(browser);
    await mountInline(page, true);
    await page.evaluate(() => {
      const w = window as any;
      w.rt.run(w.ft.NEVER, { kind: 'worker', description: 'w' });
      w.host.tick();
    });
    await click(page, '[data-testid="devtools-tab-workers"]');
    await page.clock.runFor(300);
    expect(await panelText(page, '[data-figure="pool size"]')).toBe('1');
    await page.evaluate(() => (window as any).rt.dispose());
    await page.clock.runFor(1000);
    expect(errors).toEqual([]);
    expect(await panelText(page, '[data-testid="devtools-worker-functions"] tbody')).toContain('(unknown)');
    await page.close();
  });

  // the details pane is rebuilt only when its subject changes; a group's subject is its
  // key, which never changes, so its counts stayed those of the moment it was selected
  it("updates a selected group's counts in the details pane as its tasks change", async () => {
    const { page } = await openDevtoolsPage(browser);
    await mountInline(page);
    await page.evaluate(() => {
      const w = window as any;
      w.ids = w.rt.run([w.ft.NEVER, w.ft.NEVER], { group: w.rt.group({ name: 'g' }) });
      // two frames, as an app's loop would give: the group's state$ is emitted at most once a
      // frame, so a start late in the first frame shows in the second
      w.host.tick();
      w.host.tick();
    });
    await click(page, '[data-testid="devtools-tree"]');
    await page.clock.runFor(100);
    await click(page, '[data-key="group:g"] .c3');
    const running = '[data-testid="devtools-details"] [data-fact="running"]';
    expect(await settledText(page, running, (text) => text === '2')).toBe('2');
    await page.evaluate(() => {
      const w = window as any;
      w.rt.cancel(w.ids[0]);
      w.host.tick();
      w.host.tick();
    });
    expect(await settledText(page, running, (text) => text === '1')).toBe('1');
    expect(await panelText(page, '[data-testid="devtools-details"] [data-fact="cancelled"]')).toBe('1');
    await page.close();
  });

  // the list's ResizeObserver fires when the panel leaves the page, and the panel, still
  // open in its state, asked for an animation frame to render the detached DOM
  it('requests no animation frame and leaves no interval once unmounted', async () => {
    const { page, errors } = await openDevtoolsPage(browser);
    await mountInline(page);
    await page.evaluate(() => {
      const w = window as any;
      w.rt.run(w.ft.NEVER, { description: 'running' });
      w.host.tick();
    });
    await page.clock.runFor(300);
    await page.evaluate(() => {
      const w = window as any;
      w.calls = [];
      w.intervals = new Set();
      const { requestAnimationFrame, setInterval, clearInterval } = w;
      w.requestAnimationFrame = (fn: () => void) => (w.calls.push('requestAnimationFrame'), requestAnimationFrame(fn));
      w.setInterval = (fn: () => void, ms: number) => {
        const id = setInterval(fn, ms);
        w.intervals.add(id);
        return id;
      };
      w.clearInterval = (id: number) => (w.intervals.delete(id), clearInterval(id));
      w.d.unmount();
    });
    await page.clock.runFor(1000);
    expect(await page.evaluate(() => (window as any).calls)).toEqual([]);
    expect(await page.evaluate(() => (window as any).intervals.size)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  // table$ completes with the runtime: a panel opened afterwards subscribed to a completed
  // BehaviorSubject, which hands out no value, so its list stayed empty while the badge
  // (reading table$.value) counted the rows
  it('shows the last table of a runtime disposed while the panel was closed', async () => {
    const { page, errors } = await openDevtoolsPage(browser);
    await mountInline(page);
    await page.evaluate(() => {
      const w = window as any;
      w.d.close();
      w.rt.run([w.ft.NEVER, w.ft.NEVER]);
      w.host.tick();
      w.rt.dispose();
      w.d.open();
    });
    await page.clock.runFor(300);
    const rows = await page.evaluate(
      () =>
        (window as any).d.element.shadowRoot.querySelectorAll('[data-testid="task-row"][data-status="cancelled"]')
          .length,
    );
    expect(rows).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  // the list shows the last table$ snapshot, which can still hold a task the app has just
  // cleared (its next frame has not run yet, or its host loop is paused): the cancel
  // button then called runtime.cancel on an unknown id, which throws, from a click handler
  it('cancelling from the list a task cleared since the last snapshot is a no-op, not a page error', async () => {
    const { page, errors } = await openDevtoolsPage(browser);
    await mountInline(page);
    const id = await page.evaluate(() => {
      const w = window as any;
      const taskId = w.rt.run(w.ft.NEVER, { description: 'running' });
      w.host.tick();
      return taskId as string;
    });
    await page.clock.runFor(100);
    await page.evaluate(() => (window as any).rt.clearAll());
    await click(page, `[data-cancel="${id}"]`);
    await page.clock.runFor(100);
    expect(errors).toEqual([]);
    await page.close();
  });

  // the details read the error's stack from runtime.getResult(id); for a failed task cleared
  // since the snapshot that throws UnknownTaskError, whose own stack was shown as the task's
  it("never shows the runtime's UnknownTaskError as the stack of a failed task cleared since the snapshot", async () => {
    const { page } = await openDevtoolsPage(browser);
    await mountInline(page);
    const id = await page.evaluate(() => {
      const w = window as any;
      w.rt.run(w.ft.NEVER, { description: 'keeps the panel ticking' });
      const failed = w.rt.run(() => {
        throw new Error('boom');
      });
      // two frames, as an app's loop would give: a start the first frame's budget left out
      // happens in the second
      w.host.tick();
      w.host.tick();
      return failed as string;
    });
    await page.clock.runFor(100);
    await click(page, `[data-id="${id}"] .c4`);
    expect(await settledText(page, '[data-testid="details-error"] pre')).toContain('boom');
    await page.evaluate(() => (window as any).rt.clearFinished());
    await page.clock.runFor(500);
    expect(await panelText(page, '[data-testid="details-error"]')).not.toContain('UnknownTaskError');
    await page.close();
  });
});
