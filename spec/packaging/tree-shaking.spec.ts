// Importing the scheduler must not pull tasks, workers, threads or the runtime (issue 13):
// bundle the public entry the way an app would, keep only what is used, and look at what
// went in. The size budgets (`npm run size`) watch the built package's bytes; this names
// the modules, so a stray import says where it comes from.
import { buildSync } from 'esbuild';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function bundledModules(names: string): string[] {
  const result = buildSync({
    stdin: { contents: `export { ${names} } from './lib/index.ts';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    outfile: 'bundle.js',
    metafile: true,
    format: 'esm',
    platform: 'browser',
    external: ['rxjs'],
    logLevel: 'silent',
  });
  // metafile.inputs lists every module read; the output's inputs, what code was kept
  const [output] = Object.values(result.metafile.outputs);
  const kept = Object.entries(output?.inputs ?? {}).filter(([, input]) => input.bytesInOutput > 0);
  return kept.map(([path]) => relative(root, join(root, path)));
}

describe('tree-shaking', () => {
  it('takes no tasks, workers, threads or runtime code into a scheduler-only bundle', () => {
    const modules = bundledModules('FrameScheduler, intervalFrames, animationFrames, observeOnFrames');
    expect(modules).toContain('lib/scheduler/frame-scheduler.ts');
    expect(modules.filter((m) => /^lib\/(tasks|workers|threads|runtime|pipelines)\//.test(m))).toEqual([]);
  });

  it('takes the worker pool in only with what uses it', () => {
    // workers are opt-in: createRuntime({ workers: workerPool() })
    expect(bundledModules('createRuntime, workerPool')).toContain('lib/workers/worker-pool.ts');
    expect(bundledModules('createRuntime').filter((m) => m.startsWith('lib/workers/'))).toEqual([]);
    expect(bundledModules('later, every').filter((m) => m.startsWith('lib/workers/'))).toEqual([]);
  });
});
