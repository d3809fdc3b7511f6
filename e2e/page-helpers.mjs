// Small helpers over the demo page's stable ids and data attributes. The task table is the
// inline devtools panel (its shadow root: Playwright's CSS selectors pierce open shadow roots).

const FINAL_TIMEOUT = 8000;

/** The inline panel's element matching `selector` (a data-testid, or any CSS). */
export const inPanel = (selector) => `#tasks-panel ${selector}`;

/** The inline panel's control with `data-testid="devtools-<name>"`. */
export const panelButton = (name) => inPanel(`[data-testid="devtools-${name}"]`);

/** The row of task `id` in the inline panel. */
export const rowById = (id) => inPanel(`[data-testid="task-row"][data-id="${id}"]`);

/** The row whose description contains `text`, in a status (or any status). */
export function rowSelector(text, status) {
  const base = inPanel(`[data-testid="task-row"][data-description*="${text}"]`);
  return status ? `${base}[data-status="${status}"]` : base;
}

/** Waits for a row with `text` in `status`; returns its task id. */
export async function waitForRow(page, text, status, timeout = FINAL_TIMEOUT) {
  const row = await page.waitForSelector(rowSelector(text, status), { timeout });
  return row.getAttribute('data-id');
}

/** The status of task `id` as the table shows it, or undefined if it has no row. */
export async function statusOf(page, id) {
  return (await page.$(rowById(id)))?.getAttribute('data-status') ?? undefined;
}

/** All rows' ids and statuses, in table order. */
export function tableRows(page) {
  return page.$$eval(inPanel('[data-testid="task-row"]'), (els) =>
    els.map((el) => ({ id: el.dataset.id, status: el.dataset.status })),
  );
}

/** Clears the table and waits until it shows no rows. */
export async function clearAll(page) {
  await page.click(panelButton('clear-all'));
  await page.waitForSelector(inPanel('[data-testid="task-row"]'), { state: 'detached' });
}

/**
 * Measures frame gaps on the idle page for `idleMs` (a baseline for diagnostics), then
 * resets them, clicks `buttonId` and waits for the task `text` to complete.
 * Returns `{ idle, during }` gap statistics.
 */
export async function gapsWhile(page, buttonId, text, idleMs = 500) {
  const stats = () => page.evaluate(() => window.__frametasksDemo.gapStats());
  await page.evaluate(() => window.__frametasksDemo.resetGaps());
  await page.waitForTimeout(idleMs);
  const idle = await stats();
  await page.evaluate(() => window.__frametasksDemo.resetGaps());
  await page.click(`[data-testid="${buttonId}"]`);
  await waitForRow(page, text, 'completed', 20_000);
  return { idle, during: await stats() };
}

/** Throws with `message` unless `condition` holds. */
export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** One-line description of gap statistics. */
export function describeGaps(stats) {
  const f = (n) => n.toFixed(1);
  const worst = stats.worst.map(f).join(', ');
  const figures = `p50 ${f(stats.p50)} ms, p95 ${f(stats.p95)} ms, max ${f(stats.max)} ms, worst [${worst}]`;
  return `${stats.count} frames, ${figures}, scheduler busy ≤ ${f(stats.maxBusy)} ms`;
}
