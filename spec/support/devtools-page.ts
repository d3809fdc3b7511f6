import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

/** What the page's `window.ft` holds: the library's main and devtools entries. */
export const PAGE_GLOBAL = 'ft';

let bundle: Promise<string> | undefined;

/** The main and devtools entries bundled for the page (once per test file). */
function pageBundle(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents: "export * from './lib/index.ts'; export * from './lib/devtools/index.ts'; export * from 'rxjs';",
      resolveDir: resolve(__dirname, '../..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: PAGE_GLOBAL,
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return bundle;
}

/** Starts headless Chromium: CHROMIUM_PATH, else the `chromium` on PATH (Debian's). */
export function launchChromium(): Promise<Browser> {
  const executablePath =
    process.env['CHROMIUM_PATH'] ?? execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}

const PAGE = '<!doctype html><html><body><div id="host"></div></body></html>';

/**
 * Headless Chromium (Debian's, through playwright-core) with a page holding the library as
 * `window.ft`, a fake clock (timers and animation frames advance only by `page.clock.runFor`)
 * and the page's uncaught errors collected in `errors`. The page is served from an
 * intercepted http origin (no server, no network), or with `opaque` is a blank document
 * with an opaque origin, where reading `localStorage` throws (as in a sandboxed iframe).
 */
export async function openDevtoolsPage(
  browser: Browser,
  origin: 'http' | 'opaque' = 'http',
): Promise<{ page: Page; errors: string[] }> {
  const code = await pageBundle();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  await page.clock.install({ time: 0 });
  if (origin === 'opaque') await page.setContent(PAGE);
  else {
    await page.route('http://frametasks.test/', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    await page.goto('http://frametasks.test/');
  }
  await page.addScriptTag({ content: code });
  return { page, errors };
}
