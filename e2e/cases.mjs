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
import { describeTasks, withMainThreadTasks } from './main-thread-tasks.mjs';

// Frames stay smooth when no task of the page's main thread runs longer than this, in
// thread time (see main-thread-tasks.mjs): a frame's work (the 8 ms budget, a step's
// overrun, the demo's redraw and the panel) measured 12-15.5 ms at its longest at load 5-8
// on 2 cores, where frame gaps read p95 33-50 ms for the same work; a job that does not
// yield runs one task for its whole length (the naive job: 125-390 ms).
const LONGEST_TASK_MS = 25;
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
      const { value, tasksMs } = await withMainThreadTasks(page, () => gapsWhile(page, 'run-naive', 'naive', 0));
      log(`naive: ${describeTasks(tasksMs)}; ${describeGaps(value.during)}`);
      const longest = Math.max(...tasksMs);
      expect(longest > JANK_MIN_MS, `the naive job should run one task > ${JANK_MIN_MS} ms, longest ${longest} ms`);
      expect(value.during.max > JANK_MIN_MS, `the naive job should show a frame gap > ${JANK_MIN_MS} ms`);
    },
  ],
];

/**
 * Runs the job and checks that the page's main thread ran no task longer than
 * {@link LONGEST_TASK_MS} of thread time meanwhile. Frame gaps are logged, not asserted: on a
 * shared 2-core machine other processes take the CPU from the page for frames at a time,
 * with any code (at load 4-6 both jobs failed a p95 ≤ 20 ms gap check twice in a row).
 */
async function expectSmoothWhile(page, buttonId, mode, log) {
  const { value, tasksMs } = await withMainThreadTasks(page, () => gapsWhile(page, buttonId, mode));
  log(`${mode}: ${describeTasks(tasksMs)}; ${describeGaps(value.during)}`);
  expect(value.during.count >= 20, `${mode}: too few frames recorded (${describeGaps(value.during)})`);
  const longest = Math.max(...tasksMs);
  expect(
    longest <= LONGEST_TASK_MS,
    `${mode}: a main-thread task took ${longest.toFixed(1)} ms of thread time > ${LONGEST_TASK_MS} ms (${describeTasks(tasksMs)})`,
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
