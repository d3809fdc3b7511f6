import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

// The devtools entry's cost beyond the core, as an app bundles both (rxjs external,
// minified, gzip -9), and proof that it brings no second copy of the core.
const BUDGET_BYTES = 15 * 1024;

async function bundle(contents: string): Promise<{ gzip: number; metafile: Metafile }> {
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
  return { gzip: gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length, metafile: result.metafile };
}

describe('frametasks/devtools bundle', () => {
  it(`adds at most ${BUDGET_BYTES} bytes gzipped beyond the core`, async () => {
    const core = await bundle(`export * from './lib/index.ts';`);
    const both = await bundle(`export * from './lib/index.ts'; export * from './lib/devtools/index.ts';`);
    const alone = await bundle(`export * from './lib/devtools/index.ts';`);
    const beyond = both.gzip - core.gzip;
    expect(beyond).toBeGreaterThan(1000); // the panel itself is in the bundle
    expect(beyond).toBeLessThanOrEqual(BUDGET_BYTES);
    // bundled alone it carries no core module: it imports only types from the core
    const coreInputs = Object.keys(alone.metafile.inputs).filter(
      (f) => f.startsWith('lib/') && !f.startsWith('lib/devtools/'),
    );
    expect(coreInputs).toEqual([]);
    expect(alone.gzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('imports the core only by relative lib/ paths (in dist both entries share one copy of it)', async () => {
    const { metafile } = await bundle(`export * from './lib/index.ts'; export * from './lib/devtools/index.ts';`);
    const devtools = Object.entries(metafile.inputs).filter(([file]) => file.startsWith('lib/devtools/'));
    expect(devtools.length).toBeGreaterThan(10);
    const foreign = devtools.flatMap(([file, input]) =>
      input.imports.filter((i) => !i.path.startsWith('lib/') && i.path !== 'rxjs').map((i) => `${file} -> ${i.path}`),
    );
    expect(foreign).toEqual([]);
  });
});
