import { createRuntime, hostFrames } from '../../lib';
import { remoteWork } from '../../lib/remote/remote-work';
import type { RemoteWorkHost } from '../../lib/remote/main-side/remote-work-host';
import type { TrackedJob } from '../../lib/remote/main-side/tracked-job';

/** The jobs of `n` remote work values started on one frame (no Redis: a host that records them). */
function drawIds(n: number): string[] {
  const { frames, tick } = hostFrames();
  const runtime = createRuntime({ frames });
  const jobs: TrackedJob[] = [];
  const host: RemoteWorkHost = { name: 'q', track: (job) => void jobs.push(job), release: () => undefined };
  for (let i = 0; i < n; i++) runtime.run(remoteWork(host, 'echo', i, {}, 'echo'));
  while (jobs.length < n && tick());
  runtime.dispose();
  return jobs.map((job) => job.jobId);
}

describe('the job ids a remote queue draws', () => {
  it('are short (a prefix drawn once per process and a counter), not 36-character UUIDs', () => {
    const ids = drawIds(50);
    for (const id of ids) expect(id).toMatch(/^ft-[\w-]{12}-[0-9a-z]+$/);
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(18);
  });

  it('are unique and valid BullMQ custom ids (never an integer, no ":")', () => {
    const ids = drawIds(2_000);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(`${parseInt(id, 10)}`).not.toBe(id);
      expect(id).not.toContain(':');
    }
  });
});
