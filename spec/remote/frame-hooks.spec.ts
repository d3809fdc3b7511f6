import { createRuntime, hostFrames } from '../../lib';
import { frameProgress } from '../../lib/remote/main-side/frame-hooks';
import { remoteWork } from '../../lib/remote/remote-work';
import type { RemoteWorkHost } from '../../lib/remote/main-side/remote-work-host';
import type { TrackedJob } from '../../lib/remote/main-side/tracked-job';

describe("a remote job's onProgress (no Redis: a host that records the jobs)", () => {
  function setup() {
    const { frames, tick } = hostFrames();
    const runtime = createRuntime({ frames });
    const jobs: TrackedJob[] = [];
    const host: RemoteWorkHost = { name: 'q', track: (job) => void jobs.push(job), release: () => undefined };
    return { runtime, tick, host, jobs };
  }

  it('gets the latest progress of its own job once a frame, in a frame', () => {
    const s = setup();
    const seen: Record<string, unknown[]> = { a: [], b: [] };
    const hook = (name: string) => frameProgress(s.runtime.scheduler, (p) => seen[name]?.push(p));
    s.runtime.run(remoteWork(s.host, 'echo', 1, {}, 'a', 'job-a', false, hook('a')));
    s.runtime.run(remoteWork(s.host, 'echo', 2, {}, 'b', 'job-b', false, hook('b')));
    s.tick(); // both start: their jobs are followed
    const [a, b] = s.jobs;
    a?.active(1);
    b?.active(1);
    a?.progress(0.25);
    a?.progress(0.5);
    b?.progress(0.75);
    expect(seen).toEqual({ a: [], b: [] }); // delivered on a frame, not in the event's call stack
    s.tick();
    expect(seen).toEqual({ a: [0.5], b: [0.75] });
    a?.completed(1);
    b?.progress(1);
    s.tick();
    expect(seen).toEqual({ a: [0.5], b: [0.75, 1] });
    s.runtime.dispose();
  });

  it('a hook that throws is reported on the scheduler and the next progress still arrives', () => {
    const s = setup();
    const errors: unknown[] = [];
    s.runtime.scheduler.errors$.subscribe((e) => errors.push(e));
    const seen: unknown[] = [];
    const progress = frameProgress(s.runtime.scheduler, (p) => {
      seen.push(p);
      if (p === 1) throw new Error('bad hook');
    });
    s.runtime.run(remoteWork(s.host, 'echo', 1, {}, 'a', 'job-c', false, progress));
    s.tick();
    s.jobs[0]?.active(1);
    s.jobs[0]?.progress(1);
    s.tick();
    s.tick();
    s.jobs[0]?.progress(2);
    s.tick();
    expect(seen).toEqual([1, 2]);
    expect(errors).toEqual([new Error('bad hook')]);
    s.runtime.dispose();
  });
});
