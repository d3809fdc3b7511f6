// `npm run test:e2e`: builds and serves the browser demo on 127.0.0.1, drives it in headless
// Chromium and checks tasks, cancels, frame smoothness and the devtools panel. Exits non-zero on any failure.
import { mkdirSync } from 'node:fs';
import pc from 'picocolors';
import { buildBrowserDemo, serveStatic } from '../scripts/serve-browser-demo.mjs';
import { launchChromium } from './browser.mjs';
import { cases, screenshotMidRun } from './cases.mjs';
import { searchCase } from './search-case.mjs';
import { devtoolsCases } from './devtools-cases.mjs';
import { devtoolsChecks } from './devtools-checks.mjs';
import { buildRecipesPage, recipeCases } from './recipes-page.mjs';

const CASE_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = 170_000;
const SCREENSHOT = 'artifacts/browser-demo-mid-run.png';

const watchdog = setTimeout(() => {
  console.error(pc.red(`e2e: gave up after ${RUN_TIMEOUT_MS / 1000} s`));
  process.exit(1);
}, RUN_TIMEOUT_MS);

const withTimeout = (promise, ms, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms).unref()),
  ]);

async function runCases(page, pageErrors) {
  const all = [
    ...cases,
    searchCase,
    ['a screenshot mid-run is saved', (p) => screenshotMidRun(p, SCREENSHOT)],
    ...devtoolsCases,
    ...devtoolsChecks,
    ...recipeCases,
    [
      'the page logged no errors',
      () => {
        if (pageErrors.length) throw new Error(`page errors:\n  ${pageErrors.join('\n  ')}`);
      },
    ],
  ];
  // `npm run test:e2e -- devtools` runs only the cases whose name contains "devtools"
  const only = process.argv[2];
  const chosen = only
    ? all.filter(([name]) => name.includes(only) || name === 'the page loads and exposes its demo API')
    : all;
  let passed = 0;
  for (const [index, [name, fn]] of chosen.entries()) {
    const notes = [];
    try {
      await withTimeout(
        fn(page, (line) => notes.push(line)),
        CASE_TIMEOUT_MS,
        name,
      );
      passed++;
      console.log(`${pc.green('✓')} ${name}${notes.length ? pc.dim(`  (${notes.join('; ')})`) : ''}`);
    } catch (error) {
      console.log(`${pc.red('✗')} ${name}\n    ${pc.red(error instanceof Error ? error.message : String(error))}`);
      for (const line of notes) console.log(pc.dim(`    ${line}`));
      const shot = `artifacts/failed-${index + 1}.png`;
      await page.screenshot({ path: shot, fullPage: true }).then(
        () => console.log(pc.dim(`    page: ${shot}`)),
        () => undefined,
      );
    }
  }
  return { passed, failed: chosen.length - passed };
}

const started = Date.now();
mkdirSync('artifacts', { recursive: true });
const outdir = await buildBrowserDemo('.build/browser-demo-e2e');
await buildRecipesPage(outdir);
const { server, url } = await serveStatic(outdir);
const browser = await launchChromium();
let result = { passed: 0, failed: 1 };
try {
  const pageErrors = [];
  browser.page.on('console', (msg) => msg.type() === 'error' && pageErrors.push(`console: ${msg.text()}`));
  browser.page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  await browser.page.goto(url);
  result = await runCases(browser.page, pageErrors);
} catch (error) {
  console.error(pc.red(`e2e: ${error instanceof Error ? error.stack : error}`));
} finally {
  await browser.close();
  server.close();
  clearTimeout(watchdog);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`e2e: ${result.passed} passed, ${result.failed} failed (${seconds} s, screenshot ${SCREENSHOT})`);
process.exit(result.failed === 0 ? 0 : 1);
