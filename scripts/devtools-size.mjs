// `node scripts/devtools-size.mjs`: what frametasks/devtools adds to an app's bundle
// (esbuild, minified, ESM, rxjs external, gzip -9). spec/devtools/bundle-size.spec.ts
// enforces the 15 kB budget; this prints the figures quoted in docs/devtools.md.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

async function size(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: ['rxjs'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const core = await size(`export * from './lib/index.ts';`);
const both = await size(`export * from './lib/index.ts'; export * from './lib/devtools/index.ts';`);
const alone = await size(`export { mountDevtools } from './lib/devtools/index.ts';`);
const row = (name, s) =>
  console.log(`${name.padEnd(34)} ${String(s.min).padStart(8)} B min ${String(s.gzip).padStart(7)} B gzip`);
row('core (every export)', core);
row('core + devtools', both);
row('devtools beyond the core', { min: both.min - core.min, gzip: both.gzip - core.gzip });
row('mountDevtools alone', alone);
