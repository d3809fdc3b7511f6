import { execFileSync } from 'node:child_process';

// The devtools entry's cost beyond the core, as an app bundles both, measured by
// scripts/devtools-size.mjs (esbuild, minified, rxjs external, gzip -9).
const BUDGET_BYTES = 15 * 1024;

// The core modules scripts/devtools-size.mjs lets the devtools entry bring (its
// SHARED_CORE_MODULES): only the errors, so a bad option throws the library's own
// InvalidArgumentError with its code, and the small modules that word and quote the bad
// value. An app bundling the devtools bundles the core too, so beyond the core they are
// shared, not added. Any other core module in that list fails here.
const ERRORS_AND_WORDING =
  /^lib\/(errors\.ts|errors\/[a-z-]+\.ts|validation\/(describe-value|invalid-argument|issue-message|object-keys)\.ts)$/;

interface Figures {
  readonly beyondCore: { readonly min: number; readonly gzip: number };
  readonly devtoolsAlone: { readonly min: number; readonly gzip: number };
  readonly devtoolsFiles: number;
  readonly coreModulesInDevtools: readonly string[];
  readonly allowedCoreModules: readonly string[];
  readonly foreignImports: readonly string[];
}

describe('frametasks/devtools bundle', () => {
  const figures = JSON.parse(
    execFileSync(process.execPath, ['scripts/devtools-size.mjs', '--json'], { encoding: 'utf8', timeout: 60_000 }),
  ) as Figures;

  it(`adds at most ${BUDGET_BYTES} bytes gzipped beyond the core`, () => {
    expect(figures.beyondCore.gzip).toBeGreaterThan(1000); // the panel itself is in the bundle
    expect(figures.beyondCore.gzip).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(figures.devtoolsAlone.gzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('imports only types from the core besides its errors and their wording, by relative lib/ paths (in dist both entries share one core)', () => {
    expect(figures.devtoolsFiles).toBeGreaterThan(10);
    expect(figures.coreModulesInDevtools).toEqual([]);
    expect(figures.allowedCoreModules.filter((f) => !ERRORS_AND_WORDING.test(f))).toEqual([]);
    expect(figures.foreignImports).toEqual([]);
  });
});
