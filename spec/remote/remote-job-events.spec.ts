import { createRuntime, hostFrames, type Runtime, type TaskEvent } from '../../lib';
import { remoteWork } from '../../lib/remote/remote-work';
import type { RemoteWorkHost } from '../../lib/remote/main-side/remote-work-host';
import type { TrackedJob } from '../../lib/remote/main-side/tracked-job';

/** A runtime on host frames and a queue host that only records the jobs it is asked to follow. */
function setup(): {
  runtime: Runtime;
  tick: () => boolean;
  host: RemoteWorkHost;
  jobs: TrackedJob[];
  events: TaskEvent[];
} {
  const { frames, tick } = hostFrames();
  const runtime = createRuntime({ frames });
  const jobs: TrackedJob[] = [];
  const host: RemoteWorkHost = { name: 'q', track: (job) => void jobs.push(job), release: () => undefined };
  const events: TaskEvent[] = [];
  runtime.events$.subscribe((e) => events.push(e));
  return { runtime, tick, host, jobs, events };
}

describe('the lifecycle events of a remote job (no Redis: a host that records the jobs)', () => {
  it('a first run is submitted → started → completed, with attempt 1 in meta from submission on (no meta event)', () => {
    const s = setup();
    const id = s.runtime.run(remoteWork(s.host, 'echo', 1, {}, 'echo', 'job-1'));
    expect(s.runtime.table$.value.length).toBe(0); // the table is a frame's snapshot
    s.tick(); // the task starts: its job is followed
    const [job] = s.jobs;
    job?.active(1);
    job?.completed(7);
    s.tick();
    expect(s.events.map((e) => e.type)).toEqual(['submitted', 'started', 'completed']);
    expect(s.events[0]).toMatchObject({ meta: { queue: 'q', jobId: 'job-1', attempt: 1 } });
    expect(s.runtime.table$.value[0]).toMatchObject({ id, status: 'completed', meta: { attempt: 1 } });
    expect(s.runtime.getResult(id)).toBe(7);
    s.runtime.dispose();
  });

  it('a retry (or a crash recovery) raises the attempt with a meta event', () => {
    const s = setup();
    const id = s.runtime.run(remoteWork(s.host, 'echo', 1, {}, 'echo', 'job-2'));
    s.tick();
    const [job] = s.jobs;
    job?.active(1);
    job?.active(2);
    job?.completed(8);
    s.tick();
    expect(s.events.map((e) => e.type)).toEqual(['submitted', 'started', 'meta', 'completed']);
    expect(s.events[2]).toMatchObject({ type: 'meta', meta: { attempt: 2 } });
    expect(s.runtime.table$.value[0]).toMatchObject({ id, status: 'completed', meta: { attempt: 2 } });
    s.runtime.dispose();
  });

  it('work without a job id draws one on start and shows it with attempt 1', () => {
    const s = setup();
    const id = s.runtime.run(remoteWork(s.host, 'echo', 1, {}, 'echo'));
    s.tick();
    const [job] = s.jobs;
    job?.active(1);
    job?.completed(9);
    s.tick();
    expect(s.events.map((e) => e.type)).toEqual(['submitted', 'meta', 'started', 'completed']);
    expect(s.runtime.table$.value[0]).toMatchObject({ id, meta: { queue: 'q', jobId: job?.jobId, attempt: 1 } });
    s.runtime.dispose();
  });
});
