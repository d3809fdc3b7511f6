// Runs a TypeScript entry (an example, the demo, the benches) without compiling the
// whole project first: esbuild bundles just the entry, in a few tens of ms, into ESM in
// .build/ (the same path as the source, so `new URL('./x.worker.js', import.meta.url)`
// finds its worker next to it), then node runs it. Worker files (`*.worker.ts`) and
// bench files (`*.bench.ts`) of the entry's folder are entries too: they are loaded at
// run time by path, as plain JavaScript, so worker threads need no TypeScript loader.
// Packages stay external (node resolves rxjs, zod, piscina as usual). Types are checked
// by `npm run typecheck`, not here.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry || !entry.endsWith('.ts')) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const folder = dirname(entry);
const loadedByPath = readdirSync(folder)
  .filter((f) => f.endsWith('.worker.ts') || f.endsWith('.bench.ts'))
  .map((f) => join(folder, f));
// Start clean: a removed source must not leave a stale file (a bench would still run).
rmSync(join('.build', folder), { recursive: true, force: true });
try {
  await esbuild.build({
    entryPoints: [entry, ...loadedByPath],
    outdir: '.build',
    outbase: '.',
    bundle: true,
    splitting: true, // one copy of each module per thread, as the sources have it
    chunkNames: `${folder}/chunks/[name]-[hash]`,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
} catch {
  process.exit(1); // esbuild has printed the error
}
mkdirSync('.build', { recursive: true });
writeFileSync('.build/package.json', '{ "type": "module" }\n');
const target = join('.build', entry.replace(/\.ts$/, '.js'));
const run = spawnSync(process.execPath, [...process.execArgv, target, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
