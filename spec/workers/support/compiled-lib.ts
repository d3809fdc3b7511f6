import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as ts from 'typescript';

const root = join(__dirname, '..', '..', '..');

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* tsFiles(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

/**
 * Transpiles lib/ to ESM in a temp dir under node_modules (so `rxjs` and `zod` resolve),
 * for child-process tests that need plain Node to run the library.
 */
export function compileLib(): { dir: string; cleanup(): void } {
  const base = join(root, 'node_modules', '.cache');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'frametasks-spec-'));
  for (const file of tsFiles(join(root, 'lib'))) {
    const out = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    });
    const target = join(dir, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.outputText);
  }
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
