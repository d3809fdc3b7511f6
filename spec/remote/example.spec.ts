import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runRemoteDemo } from '../../examples/remote/remote-demo';

jest.setTimeout(60_000);

const root = join(__dirname, '..', '..');

/** The example's worker, bundled to ESM under node_modules (so bullmq and ioredis resolve). */
function buildExampleWorker(): { path: string; cleanup(): void } {
  const base = join(root, 'node_modules', '.cache');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'frametasks-example-remote-'));
  const path = join(dir, 'render.worker.mjs');
  buildSync({
    entryPoints: [join(root, 'examples', 'remote', 'render.worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: path,
    packages: 'external',
    logLevel: 'error',
  });
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('example: remote tasks (npm run example:remote)', () => {
  it('runs jobs of every outcome on two worker processes and stops everything', async () => {
    const worker = buildExampleWorker();
    const lines: string[] = [];
    try {
      const statuses = await runRemoteDemo({ workerScript: worker.path, log: (t) => lines.push(t) });
      expect(statuses).toEqual({
        'render forest': 'completed',
        'render city': 'completed',
        'render void (throws)': 'failed',
        'paint (no such function)': 'failed',
        'render ocean (800 ms timeout)': 'timeout',
        'render desert (cancelled)': 'cancelled',
        'moon (cancelled queued)': 'cancelled',
      });
      expect(lines[0]).toMatch(/redis at redis:\/\/127\.0\.0\.1:\d+, workers \d+ and \d+ serve queue/);
      expect(lines.some((l) => /running\s+remote/.test(l))).toBe(true); // the live table showed work in flight
    } finally {
      worker.cleanup();
    }
  });
});
