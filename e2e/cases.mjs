// The end-to-end checks of the browser demo, in order. Each gets the page and throws on failure.
import {
  clearAll,
  describeGaps,
  expect,
  gapsWhile,
  inPanel,
  panelButton,
  rowById,
  rowSelector,
  statusOf,
  tableRows,
  waitForRow,
} from './page-helpers.mjs';

const SMOOTH_P95_MS = 20;
const SMOOTH_MAX_MS = 50;
const JANK_MIN_MS = 100;

export const cases = [
  [
    'the page loads and exposes its demo API',
    async (page) => {
      await page.waitForFunction(() => window.__frametasksDemo?.ready === true, undefined, { timeout: 10_000 });
      const rows = await tableRows(page);
      expect(rows.length === 0, `expected an empty table, got ${rows.length} rows`);
    },
  ],
  [
    'network tasks reach completed, timeout and failed',
    async (page) => {
      for (const id of ['fetch-ok', 'fetch-slow', 'fetch-fail']) await page.click(`[data-testid="${id}"]`);
      await waitForRow(page, 'slow-tiles', 'running');
      await waitForRow(page, 'scene.json', 'completed');
      await waitForRow(page, 'slow-tiles', 'timeout');
      await waitForRow(page, 'broken', 'failed');
      const error = await page.textContent(`${rowSelector('broken')} .error`);
      expect(error?.includes('503'), `failed row should show the error, got "${error}"`);
    },
  ],
  [
    "a row's cancel button cancels it",
    async (page) => {
      await clearAll(page);
      await page.click('[data-testid="fetch-long"]');
      const id = await waitForRow(page, 'long-poll', 'running');
      await page.click(inPanel(`[data-testid="cancel-${id}"]`));
      await waitForRow(page, 'long-poll', 'cancelled', 2000);
      const duration = await page.getAttribute(`${rowById(id)} .num`, 'data-ms');
      expect(parseInt(duration ?? '', 10) < 5000, `cancelled row should stop early, duration ${duration} ms`);
    },
  ],
  [
    'cancel active, clear finished and clear all',
    async (page) => {
      await clearAll(page);
      await page.click('[data-testid="fetch-ok"]');
      await page.click('[data-testid="fetch-long"]');
      const okId = await waitForRow(page, 'scene.json', 'completed');
      const longId = await waitForRow(page, 'long-poll', 'running');
      await page.click(panelButton('clear-finished'));
      await page.waitForSelector(rowById(okId), { state: 'detached', timeout: 2000 });
      expect((await statusOf(page, longId)) === 'running', 'clear finished must keep the running task');
      await page.click(panelButton('cancel-active'));
      await page.waitForSelector(`${rowById(longId)}[data-status="cancelled"]`, { timeout: 2000 });
      await page.click('[data-testid="fetch-long"]');
      await waitForRow(page, 'long-poll', 'running');
      await clearAll(page);
    },
  ],
  [
    'frames stay smooth while the time-sliced job runs',
    (page, log) => expectSmoothWhile(page, 'run-sliced', 'sliced', log),
  ],
  ['frames stay smooth while the worker job runs', (page, log) => expectSmoothWhile(page, 'run-worker', 'worker', log)],
  [
    'the naive job visibly blocks frames',
    async (page, log) => {
      const { during: stats } = await gapsWhile(page, 'run-naive', 'naive', 0);
      log(`naive: ${describeGaps(stats)}`);
      expect(stats.max > JANK_MIN_MS, `naive run should show a frame gap > ${JANK_MIN_MS} ms, max was ${stats.max}`);
    },
  ],
];

/**
 * Runs the job and checks the frames stayed smooth; a run that was not is measured once more
 * (after clearing the table) and only a second one fails: on a shared 2-core machine another
 * process can take the CPU from the page for a few frames, with either version of the code
 * (session 7: the sliced case failed 1 run in 10 on the old and on the new code alike, load
 * ~2). A job that really blocks frames fails both runs.
 */
async function expectSmoothWhile(page, buttonId, mode, log) {
  for (let attempt = 1; ; attempt++) {
    const { idle, during } = await gapsWhile(page, buttonId, mode);
    log(`${mode}: ${describeGaps(during)}`);
    try {
      expectSmooth(during, idle, mode);
      return;
    } catch (error) {
      if (attempt === 2) throw error;
      log(`${mode}: not smooth on the first run (${error.message}); measured once more`);
      await clearAll(page);
    }
  }
}

function expectSmooth(stats, idle, mode) {
  const detail = ` (${describeGaps(stats)}; idle page just before: ${describeGaps(idle)})`;
  expect(stats.count >= 20, `${mode}: too few frames recorded${detail}`);
  expect(
    stats.p95 <= SMOOTH_P95_MS,
    `${mode}: p95 frame gap ${stats.p95.toFixed(1)} ms > ${SMOOTH_P95_MS} ms${detail}`,
  );
  expect(
    stats.max <= SMOOTH_MAX_MS,
    `${mode}: worst frame gap ${stats.max.toFixed(1)} ms > ${SMOOTH_MAX_MS} ms${detail}`,
  );
}

/** Launches a mix of work, saves a screenshot while it runs, then lets it settle. */
export async function screenshotMidRun(page, path) {
  await clearAll(page);
  for (const id of ['fetch-ok', 'fetch-slow', 'fetch-fail', 'fetch-long', 'run-worker', 'run-sliced']) {
    await page.click(`[data-testid="${id}"]`);
  }
  await waitForRow(page, 'sliced', 'running');
  await page.waitForTimeout(250);
  await page.screenshot({ path, fullPage: true });
  await waitForRow(page, 'sliced', 'completed', 20_000);
  await page.click(panelButton('cancel-active'));
}
