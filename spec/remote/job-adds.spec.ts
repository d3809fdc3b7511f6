import type { QueueLink } from '../../lib/remote/main-side/queue-link';
import { JobAdds } from '../../lib/remote/main-side/job-adds';
import { TrackedJob, type JobSink } from '../../lib/remote/main-side/tracked-job';

const sink: JobSink = {
  started: () => undefined,
  attempt: () => undefined,
  progress: () => undefined,
  completed: () => undefined,
  failed: () => undefined,
};

/** A link whose `addBulk` waits for the spec to settle it; `add` answers at once. */
function fakeLink() {
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const addBulk = jest.fn(() => new Promise<void>((resolve, reject) => (settle = { resolve, reject })));
  const add = jest.fn((_name: string, _data: unknown, _opts: object) => Promise.resolve());
  const link = { connected: true, ready: Promise.resolve(), queue: { addBulk, add } } as unknown as QueueLink;
  return { link, addBulk, add, settle: () => settle };
}

describe('JobAdds: the adds of a frame in one pipeline', () => {
  it('a batch that failed is retried job by job, but not for a job whose row ended meanwhile (cancelled while its add was in flight)', async () => {
    const { link, addBulk, add, settle } = fakeLink();
    const work: Promise<unknown>[] = [];
    const adds = new JobAdds(
      link,
      () => undefined,
      (w) => void work.push(w),
    );
    const kept = new TrackedJob('j1', 't1', sink);
    const cancelled = new TrackedJob('j2', 't2', sink);
    adds.push(kept, { fn: 'f', data: 1, jobOptions: {} });
    adds.push(cancelled, { fn: 'f', data: 2, jobOptions: {} });
    await new Promise((r) => setImmediate(r));
    expect(addBulk).toHaveBeenCalledTimes(1);
    cancelled.release(); // the row was cancelled: its cancel went to Redis before the retry below
    settle().reject(new Error('a job option BullMQ refuses'));
    await Promise.all(work);
    expect(add.mock.calls.map(([, data]) => data)).toEqual([1]);
    expect(kept.added).toBe(true);
    expect(cancelled.added).toBe(false);
  });
});
