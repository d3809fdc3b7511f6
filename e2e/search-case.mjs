// The search box (issue "Task pipelines"): typing over running searches cancels them with
// reason "restarted"; only the last query's search completes; the spinner follows the group.

const TIMEOUT = 8000;

/** `description:status[:reason]` of the search rows, from the page's demo API. */
function searchRows(page) {
  return page.evaluate(() =>
    window.__frametasksDemo
      .rows()
      .filter((r) => r.description.startsWith('search'))
      .map((r) => `${r.description}:${r.status}${r.cancelReason ? `:${r.cancelReason}` : ''}`),
  );
}

export const searchCase = [
  'the search box cancels superseded searches (restarted) and runs only the last',
  async (page) => {
    const input = page.locator('[data-testid="search"]');
    await input.click();
    // 60 ms between keys: each keystroke lands while the previous 400 ms search still runs
    await input.pressSequentially('fra', { delay: 60 });
    await page.waitForSelector('[data-testid="search-spinner"]:not([hidden])', { timeout: TIMEOUT });
    await page.waitForFunction(
      () => window.__frametasksDemo.rows().some((r) => r.description === 'search "fra"' && r.status === 'completed'),
      undefined,
      { timeout: TIMEOUT },
    );
    const rows = await searchRows(page);
    const want = ['search "f":cancelled:restarted', 'search "fr":cancelled:restarted', 'search "fra":completed'];
    if (JSON.stringify(rows) !== JSON.stringify(want)) throw new Error(`search rows: ${JSON.stringify(rows)}`);
    await page.waitForSelector('[data-testid="search-spinner"][hidden]', { state: 'attached', timeout: TIMEOUT });
    const result = await page.textContent('[data-testid="search-result"]');
    if (!result?.includes('"fra"')) throw new Error(`search result shows "${result}"`);
  },
];
