import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { buildWorkerFixtures } from '../../workers/support/worker-fixtures';

const source = join(__dirname, '..', '..', '..', 'examples', 'http-server', 'server.worker.ts');

/**
 * Worker threads cannot load TypeScript: transpiles examples/http-server/server.worker.ts
 * to ESM next to the worker-side API that {@link buildWorkerFixtures} puts in a temp dir.
 *
 * @example
 * ```ts
 * const fixture = buildServerWorker();
 * new HttpServerTask(runtime, { module: fixture.url });
 * afterAll(() => fixture.cleanup());
 * ```
 */
export function buildServerWorker(): { url: URL; cleanup(): void } {
  const fixtures = buildWorkerFixtures();
  const out = ts.transpileModule(readFileSync(source, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  });
  const js = out.outputText.replace(/'\.\.\/\.\.\/lib\/workers\/worker-side\/index\.js'/, "'./worker-side/index.js'");
  if (js === out.outputText) throw new Error('server.worker.ts no longer imports the worker-side API as expected');
  writeFileSync(fixtures.path('server.worker.mjs'), js);
  return { url: fixtures.url('server.worker.mjs'), cleanup: () => fixtures.cleanup() };
}
