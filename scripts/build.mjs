// Dual build: ESM (dist/esm) and CommonJS (dist/cjs), each with its declarations and a
// package.json marking the module format of its folder. That package.json repeats
// `sideEffects: false`: bundlers read the nearest package.json of a file, so without it
// they would keep every module of dist/ that is imported, used or not.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const builds = [
  { out: 'dist/esm', type: 'module', flags: ['--module', 'ES2022', '--moduleResolution', 'Bundler'] },
  { out: 'dist/cjs', type: 'commonjs', flags: ['--module', 'NodeNext', '--moduleResolution', 'NodeNext'] },
];

rmSync('dist', { recursive: true, force: true });
for (const { out, type, flags } of builds) {
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', out, ...flags], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/package.json`, `${JSON.stringify({ type, sideEffects: false }, null, 2)}\n`);
}
console.log('built dist/esm and dist/cjs');
