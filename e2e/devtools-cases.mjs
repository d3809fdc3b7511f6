// The end-to-end checks of the devtools panel (frametasks/devtools) on the browser demo page.
import {
  badge,
  fact,
  inFloating,
  resetFilters,
  selectRow,
  setOpen,
  showView,
  timelineEvents,
} from './devtools-helpers.mjs';
import { clearAll, expect, inPanel, panelButton, rowById, rowSelector, waitForRow } from './page-helpers.mjs';

const demo = (page, fn) => page.evaluate(fn);

export const devtoolsCases = [
  [
    'devtools: the floating panel opens by button, closes by Escape, toggles by hotkey',
    async (page) => {
      const panel = inFloating('[data-testid="devtools-panel"]');
      expect(!(await page.isVisible(panel)), 'the floating panel should start closed');
      await setOpen(page, inFloating, true);
      await page.keyboard.press('Escape');
      await page.waitForSelector(panel, { state: 'hidden' });
      await page.keyboard.press('Alt+Shift+D');
      await page.waitForSelector(panel, { state: 'visible' });
      await page.keyboard.press('Alt+Shift+D');
      await page.waitForSelector(panel, { state: 'hidden' });
    },
  ],
  [
    'devtools: closed, no table$ subscription, no frame source held, the badge counts',
    async (page) => {
      await clearAll(page);
      await setOpen(page, inPanel, false);
      expect(
        !(await demo(page, () => window.__frametasksDemo.tableObserved())),
        'closed panels must not observe table$',
      );
      await page.waitForFunction(() => !window.__frametasksDemo.framesActive(), undefined, { timeout: 3000 });
      await page.click('[data-testid="fetch-long"]');
      await page.waitForFunction(() => window.__frametasksDemo.rows().length === 1);
      await page.waitForFunction(
        () =>
          document
            .querySelector('frametasks-devtools[mode="floating"]')
            .shadowRoot.querySelector('[data-testid="devtools-count"]').textContent === '1',
        undefined,
        { timeout: 2000 },
      );
      expect(
        !(await demo(page, () => window.__frametasksDemo.tableObserved())),
        'closed panels must not observe table$',
      );
      await demo(page, () => window.__frametasksDemo.cancelActive());
      await setOpen(page, inPanel, true);
      expect(await demo(page, () => window.__frametasksDemo.tableObserved()), 'the open panel observes table$');
      expect((await badge(page)) === '1', `badge should show 1 task, shows ${await badge(page)}`);
      await clearAll(page);
    },
  ],
  [
    'devtools: open state, view and filters persist across a reload',
    async (page) => {
      await setOpen(page, inFloating, true);
      await showView(page, inFloating, 'workers');
      await page.fill(panelButton('text'), 'scene');
      await page.selectOption(panelButton('status'), 'completed');
      await page.reload();
      await page.waitForFunction(() => window.__frametasksDemo?.ready === true);
      await page.waitForSelector(inFloating('[data-testid="devtools-panel"]'), { state: 'visible' });
      await page.waitForSelector(inFloating('[data-testid="devtools-tab-workers"][aria-selected="true"]'));
      const text = await page.inputValue(panelButton('text'));
      const status = await page.inputValue(panelButton('status'));
      expect(text === 'scene' && status === 'completed', `filters after reload: text "${text}", status "${status}"`);
      await showView(page, inFloating, 'tasks');
      await setOpen(page, inFloating, false);
      await resetFilters(page);
    },
  ],
  [
    'devtools: filters by status, kind and text',
    async (page) => {
      for (const id of ['fetch-ok', 'fetch-fail']) await page.click(`[data-testid="${id}"]`);
      await waitForRow(page, 'scene.json', 'completed');
      await waitForRow(page, 'broken', 'failed');
      const shown = () =>
        page.$$eval(inPanel('[data-testid="task-row"]'), (els) => els.map((el) => el.dataset.description));
      await page.selectOption(panelButton('status'), 'failed');
      await page.waitForSelector(rowSelector('scene.json'), { state: 'detached' });
      let rows = await shown();
      expect(rows.length === 1 && rows[0].includes('broken'), `status failed shows ${JSON.stringify(rows)}`);
      await page.selectOption(panelButton('status'), '');
      await page.selectOption(panelButton('kind'), 'worker');
      await page.waitForSelector(inPanel('[data-testid="task-row"]'), { state: 'detached' });
      await page.selectOption(panelButton('kind'), '');
      await page.fill(panelButton('text'), 'SCENE');
      await page.waitForSelector(rowSelector('broken'), { state: 'detached' });
      rows = await shown();
      expect(rows.length === 1 && rows[0].includes('scene.json'), `text "SCENE" shows ${JSON.stringify(rows)}`);
      await resetFilters(page);
    },
  ],
  [
    'devtools: details of a failed task (error, stack, timeline)',
    async (page) => {
      const id = await waitForRow(page, 'broken', 'failed');
      await selectRow(page, id);
      const error = await page.textContent(inPanel('[data-testid="details-error"]'));
      expect(error.includes('HTTP 503') && error.includes('Error'), `error block: ${error}`);
      expect(await page.isVisible(inPanel('[data-testid="details-error"] pre')), 'the error stack should show');
      const events = await timelineEvents(page);
      expect(JSON.stringify(events) === '["submitted","started","failed"]', `timeline ${JSON.stringify(events)}`);
    },
  ],
  [
    'devtools: cancel from the panel reaches the task; details show the reason',
    async (page) => {
      await page.click('[data-testid="fetch-long"]');
      const id = await waitForRow(page, 'long-poll', 'running');
      await page.click(inPanel(`[data-testid="cancel-${id}"]`));
      await waitForRow(page, 'long-poll', 'cancelled', 2000);
      const row = await page.evaluate((i) => window.__frametasksDemo.rows().find((r) => r.id === i), id);
      expect(
        row.status === 'cancelled' && row.cancelReason === 'explicit',
        `runtime row ${row.status} / ${row.cancelReason}`,
      );
      expect((await page.textContent(`${rowById(id)} .c7`)) === 'explicit', 'the row should show the reason');
      await selectRow(page, id);
      expect((await fact(page, 'cancel reason')) === 'explicit', 'details should show the reason');
      const events = await timelineEvents(page);
      expect(events.at(-1) === 'cancelled', `timeline ${JSON.stringify(events)}`);
    },
  ],
  [
    'devtools: details of a worker task; Workers and Frames views',
    async (page) => {
      await page.click('[data-testid="run-worker"]');
      const id = await waitForRow(page, 'worker', 'completed', 20_000);
      await selectRow(page, id);
      expect((await fact(page, 'kind')) === 'worker', 'kind worker');
      expect((await fact(page, 'meta')).includes('render'), `meta: ${await fact(page, 'meta')}`);
      await showView(page, inPanel, 'workers');
      const live = await page.textContent(inPanel('[data-testid="devtools-pool"] [data-figure="live workers"]'));
      const fnRow = await page.textContent(inPanel('[data-testid="devtools-worker-functions"] tbody tr'));
      expect(Number(live) >= 1 && fnRow.startsWith('render'), `pool: live ${live}, functions "${fnRow}"`);
      await showView(page, inPanel, 'frames');
      await page.waitForFunction(
        () =>
          Number(
            document.querySelector('#tasks-panel frametasks-devtools').shadowRoot.querySelector('[data-figure="fps"]')
              ?.textContent,
          ) > 0,
      );
      await showView(page, inPanel, 'tasks');
    },
  ],
  [
    'devtools: the floating panel shows where a task was created (captureStacks)',
    async (page) => {
      const id = await waitForRow(page, 'broken', 'failed');
      await setOpen(page, inFloating, true);
      try {
        await selectRow(page, id, inFloating);
        const stack = await page.textContent(inFloating('[data-testid="created-at"]'));
        expect(stack.includes('launchFetch'), `creation stack should name launchFetch:\n${stack}`);
      } finally {
        await setOpen(page, inFloating, false);
      }
    },
  ],
  [
    'devtools: the tree of a thread family collapses and expands',
    async (page) => {
      await clearAll(page);
      await page.click('[data-testid="run-threads"]');
      const master = await waitForRow(page, 'master', 'running');
      await waitForRow(page, 'sensor-b', 'running');
      await page.click(panelButton('tree'));
      await page.waitForSelector(inPanel(`[data-toggle="${master}"][aria-expanded="true"]`));
      const depth = await page.$eval(rowSelector('sensor-a'), (el) => el.style.getPropertyValue('--depth'));
      expect(depth === '1', `sensor-a should sit under master, depth ${depth}`);
      await page.click(inPanel(`[data-toggle="${master}"]`));
      await page.waitForSelector(rowSelector('sensor-a'), { state: 'detached' });
      await page.click(inPanel(`[data-toggle="${master}"]`));
      await page.waitForSelector(rowSelector('sensor-a'));
      await page.click(panelButton('tree'));
      await demo(page, () => window.__frametasksDemo.cancelActive());
      await clearAll(page);
    },
  ],
];
