import { execFileSync } from 'node:child_process';

// The devtools entry's cost beyond the core, as an app bundles both, measured by
// scripts/devtools-size.mjs (esbuild, minified, rxjs external, gzip -9).
const BUDGET_BYTES = 15 * 1024;

// The core modules the devtools entry may bring (the script's SHARED_CORE_MODULES): the
// errors, so its bad options throw the library's own InvalidArgumentError with its code, and
// the small modules that word and quote the bad value. An app bundling the devtools bundles
// the core too, so beyond the core they are shared, not added. Listed here as well so that
// widening the script's list fails this test until it is widened on purpose.
const SHARED_CORE_MODULES = [
  'lib/errors.ts',
  'lib/errors/error-codes.ts',
  'lib/errors/frametasks-error.ts',
  'lib/errors/remote-errors.ts',
  'lib/errors/task-errors.ts',
  'lib/errors/thread-errors.ts',
  'lib/errors/worker-errors.ts',
  'lib/validation/describe-value.ts',
  'lib/validation/invalid-argument.ts',
  'lib/validation/issue-message.ts',
  'lib/validation/object-keys.ts',
];

interface Figures {
  readonly beyondCore: { readonly min: number; readonly gzip: number };
  readonly devtoolsAlone: { readonly min: number; readonly gzip: number };
  readonly devtoolsFiles: number;
  readonly coreModulesInDevtools: readonly string[];
  readonly sharedCoreModules: readonly string[];
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
    expect(figures.sharedCoreModules).toEqual(SHARED_CORE_MODULES);
    expect(figures.foreignImports).toEqual([]);
  });
});
