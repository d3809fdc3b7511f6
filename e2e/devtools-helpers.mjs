// Helpers over the devtools panels of the demo page: the inline one in #tasks-panel and the
// floating one (toggle at the bottom right). Playwright's CSS selectors pierce shadow roots.
import { inPanel, panelButton } from './page-helpers.mjs';

/** The floating panel's element matching `selector`. */
export const inFloating = (selector) => `frametasks-devtools[mode="floating"] ${selector}`;

/** Opens (or closes) a panel through its toggle / close button, waiting for the result. */
export async function setOpen(page, within, open) {
  const panel = within('[data-testid="devtools-panel"]');
  if ((await page.isVisible(panel)) === open) return;
  await page.click(within(open ? '[data-testid="devtools-toggle"]' : '[data-testid="devtools-close"]'));
  await page.waitForSelector(panel, { state: open ? 'visible' : 'hidden' });
}

/** Shows `view` ('tasks' | 'frames' | 'workers') in a panel. */
export async function showView(page, within, view) {
  await page.click(within(`[data-testid="devtools-tab-${view}"]`));
  await page.waitForSelector(within(`[data-testid="devtools-tab-${view}"][aria-selected="true"]`));
}

/** Selects the inline panel's row of task `id` and waits for its details. */
export async function selectRow(page, id, within = inPanel) {
  await page.click(within(`[data-testid="task-row"][data-id="${id}"] .c4`));
  await page.waitForSelector(within(`[data-testid="devtools-details"] [data-fact="id"]:text-is("${id}")`));
}

/** The text of a fact in the details pane. */
export const fact = (page, name, within = inPanel) =>
  page.textContent(within(`[data-testid="devtools-details"] [data-fact="${name}"]`));

/** The event types of the details pane's timeline, in order. */
export const timelineEvents = (page, within = inPanel) =>
  page.$$eval(within('[data-testid="details-timeline"] li'), (lis) => lis.map((li) => li.dataset.event));

/** Sets the inline panel's filters to none. */
export async function resetFilters(page) {
  for (const name of ['status', 'kind', 'group']) await page.selectOption(panelButton(name), '');
  await page.fill(panelButton('text'), '');
}

/** The floating panel's count badge. */
export const badge = (page) => page.textContent(inFloating('[data-testid="devtools-count"]'));
