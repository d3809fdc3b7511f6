// The three.js and PixiJS recipes (examples/recipes) against the real packages, in Chromium:
// bundled next to the demo as recipes.html, then checked by the case below.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { expect } from './page-helpers.mjs';

const SOURCE = 'examples/recipes';

/** Bundles the recipes page into `outdir` (served with the demo). */
export async function buildRecipesPage(outdir) {
  await esbuild.build({
    entryPoints: { recipes: `${SOURCE}/recipes-page.ts` },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
  });
  copyFileSync(join(SOURCE, 'recipes.html'), join(outdir, 'recipes.html'));
}

/**
 * Runs a sliced task of 30 steps of 1 ms each on a recipe's runtime (budget 4 ms: it needs
 * several frames, which only the library's loop can give); resolves with its status and
 * the frames it took.
 */
const runSliced = (page, which) =>
  page.evaluate(async (name) => {
    const { runtime } = window.__recipes[name];
    function* steps() {
      for (let i = 0; i < 30; i++) {
        const end = performance.now() + 1;
        while (performance.now() < end);
        yield i / 30;
      }
      return 'done';
    }
    const before = runtime.scheduler.frameIndex;
    const id = runtime.run(steps, { description: `${name} sliced`, kind: 'sliced' });
    await runtime.resultPromise(id);
    return { status: runtime.status(id), frames: runtime.scheduler.frameIndex - before };
  }, which);

export const recipeCases = [
  [
    'recipes: three.js setAnimationLoop and PixiJS Ticker drive hostFrames(), the panel mounted in each',
    async (page, log) => {
      const recipes = await page.context().newPage();
      const errors = [];
      recipes.on('pageerror', (e) => errors.push(e.message));
      try {
        await recipes.goto(new URL('recipes.html', page.url()).href);
        await recipes.waitForFunction(() => window.__recipes !== undefined, undefined, { timeout: 10_000 });
        const three = await runSliced(recipes, 'three');
        const pixi = await runSliced(recipes, 'pixi');
        const counts = await recipes.evaluate(() => ({
          three: window.__recipes.three.frames(),
          pixi: window.__recipes.pixi.ticks(),
        }));
        log(
          `three.js: ${counts.three} frames (task ${three.frames}), PixiJS: ${counts.pixi} ticks (task ${pixi.frames})`,
        );
        expect(three.status === 'completed' && three.frames >= 5, `three.js runtime: ${JSON.stringify(three)}`);
        expect(pixi.status === 'completed' && pixi.frames >= 5, `PixiJS runtime: ${JSON.stringify(pixi)}`);
        const panels = await recipes.$$eval('frametasks-devtools', (els) => els.map((el) => el.getAttribute('corner')));
        expect(JSON.stringify(panels.sort()) === '["bottom-left","bottom-right"]', `panels: ${JSON.stringify(panels)}`);
        const badge = await recipes.textContent(
          'frametasks-devtools[corner="bottom-left"] [data-testid="devtools-count"]',
        );
        expect(badge === '1', `the three.js panel should count its task, shows ${badge}`);
        await recipes.evaluate(() => {
          window.__recipes.three.dispose();
          window.__recipes.pixi.dispose();
        });
        expect(errors.length === 0, `recipes page errors: ${errors.join('; ')}`);
      } finally {
        await recipes.close();
      }
    },
  ],
];
