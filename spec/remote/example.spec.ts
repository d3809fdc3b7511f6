import { join } from 'node:path';
import { runRemoteDemo } from '../../examples/remote/remote-demo';
import { bundleForNode } from './support/worker-processes';

jest.setTimeout(60_000);

/** The example's worker, bundled for node. */
const buildExampleWorker = () =>
  bundleForNode(join(__dirname, '..', '..', 'examples', 'remote', 'render.worker.ts'), 'render.worker.mjs');

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
