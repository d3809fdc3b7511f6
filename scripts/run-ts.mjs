// Compiles lib/, examples/ and bench/ to ESM in .build/ (tsconfig.run.json), then runs
// the given entry with node. Node 20 cannot run TypeScript directly.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [entry, ...args] = process.argv.slice(2);
if (!entry || !entry.endsWith('.ts')) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
// Start clean: tsc never deletes output whose source was removed (a stale bench would still run).
rmSync('.build', { recursive: true, force: true });
const built = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.run.json'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
mkdirSync('.build', { recursive: true });
writeFileSync('.build/package.json', '{ "type": "module" }\n');
const target = `.build/${entry.replace(/\.ts$/, '.js')}`;
const run = spawnSync(process.execPath, [...process.execArgv, target, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
