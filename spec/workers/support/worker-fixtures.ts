import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ts from 'typescript';

const root = join(__dirname, '..', '..', '..');
const sideDir = join(root, 'lib', 'workers', 'worker-side');
const fixtureDir = join(__dirname, '..', 'fixtures');

/**
 * Worker threads cannot load TypeScript: this transpiles the worker-side API to ESM in a
 * temp dir next to copies of the .mjs fixtures (which import './worker-side/index.js').
 */
export function buildWorkerFixtures(): { url(name: string): URL; path(name: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'frametasks-workers-'));
  mkdirSync(join(dir, 'worker-side'));
  const sources = readdirSync(sideDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(sideDir, f));
  // the files of lib/workers/ the worker side imports, copied beside it
  const shared = ['protocol.ts', 'started-call-cell.ts'].map((f) => join(sideDir, '..', f));
  for (const file of [...sources, ...shared]) {
    const out = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    });
    const js = out.outputText.replace(/from '\.\.\/(protocol|started-call-cell)\.js';/g, "from './$1.js';");
    writeFileSync(join(dir, 'worker-side', basename(file).replace(/\.ts$/, '.js')), js);
  }
  for (const file of readdirSync(fixtureDir)) copyFileSync(join(fixtureDir, file), join(dir, file));
  return {
    url: (name) => pathToFileURL(join(dir, name)),
    path: (name) => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
