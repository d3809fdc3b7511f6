// `node scripts/devtools-size.mjs [--json]`: what frametasks/devtools adds to an app's
// bundle (esbuild, minified ESM, rxjs external, gzip -9), and which core modules and
// foreign imports it brings. spec/devtools/bundle-size.spec.ts runs it with --json and
// enforces the 15 kB budget; the table is what docs/devtools.md quotes.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// The only core modules the devtools entry may bring: the library's errors (kept in one
// place, so the panel throws the same InvalidArgumentError with the same code as every
// other entry) and the small modules that word and quote a bad option. An app bundling
// the devtools bundles the core too, so beyond the core they cost nothing; any other core
// module is still refused (coreModulesInDevtools).
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

const CORE = `export * from './lib/index.ts';`;
const DEVTOOLS = `export * from './lib/devtools/index.ts';`;

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: ['rxjs'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs: result.metafile.inputs };
}

const core = await bundle(CORE);
const both = await bundle(`${CORE} ${DEVTOOLS}`);
const alone = await bundle(DEVTOOLS);
const devtoolsFiles = Object.entries(both.inputs).filter(([file]) => file.startsWith('lib/devtools/'));
const figures = {
  core: { min: core.min, gzip: core.gzip },
  coreAndDevtools: { min: both.min, gzip: both.gzip },
  beyondCore: { min: both.min - core.min, gzip: both.gzip - core.gzip },
  devtoolsAlone: { min: alone.min, gzip: alone.gzip },
  devtoolsFiles: devtoolsFiles.length,
  // core modules in the devtools bundle on its own, other than SHARED_CORE_MODULES (none:
  // besides those it imports only types from the core)
  coreModulesInDevtools: Object.keys(alone.inputs).filter(
    (f) => f.startsWith('lib/') && !f.startsWith('lib/devtools/') && !SHARED_CORE_MODULES.includes(f),
  ),
  // the core modules the devtools may bring (the spec holds them to errors and wording)
  allowedCoreModules: SHARED_CORE_MODULES,
  // imports of devtools files that are not relative lib/ paths or rxjs (a second copy of the core would show here)
  foreignImports: devtoolsFiles.flatMap(([file, input]) =>
    input.imports.filter((i) => !i.path.startsWith('lib/') && i.path !== 'rxjs').map((i) => `${file} -> ${i.path}`),
  ),
};

if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
else {
  const row = (name, s) =>
    console.log(`${name.padEnd(26)} ${String(s.min).padStart(8)} B min ${String(s.gzip).padStart(7)} B gzip`);
  row('core (every export)', figures.core);
  row('core + devtools', figures.coreAndDevtools);
  row('devtools beyond the core', figures.beyondCore);
  row('devtools on its own', figures.devtoolsAlone);
}
