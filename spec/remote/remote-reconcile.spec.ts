import { Queue, Worker } from 'bullmq';
import { JobTracker } from '../../lib/remote/main-side/job-tracker';
import { TrackedJob, type JobSink } from '../../lib/remote/main-side/tracked-job';
import { startRedis, type RedisInstance } from './support/redis-server';
import { remoteSetup, untilStatus } from './support/remote-harness';

jest.setTimeout(30_000);

/** A tracked job whose news is written down. */
function tracked(jobId: string): { job: TrackedJob; news: string[] } {
  const news: string[] = [];
  const sink: JobSink = {
    started: () => news.push('started'),
    attempt: (n) => news.push(`attempt ${n}`),
    progress: (v) => news.push(`progress ${String(v)}`),
    completed: (r) => news.push(`completed ${JSON.stringify(r)}`),
    failed: (e) => news.push(`failed ${e.message}`),
  };
  const job = new TrackedJob(jobId, `t-${jobId}`, sink);
  job.added = true;
  return { job, news };
}

describe('JobTracker re-reads (no Redis: a queue that answers from a table)', () => {
  const states: Record<string, string> = { a: 'active', b: 'completed', c: 'waiting' };
  const reads: string[] = [];
  const queue = {
    getJobState: (id: string) => (reads.push(id), Promise.resolve(states[id] ?? 'unknown')),
    getJob: (id: string) => Promise.resolve({ id, returnvalue: `r-${id}`, attemptsStarted: id === 'a' ? 1 : 0 }),
  } as unknown as Queue;
  beforeEach(() => (reads.length = 0));

  it('a silent pass reads only the jobs silent for longer than silentAfter; a full pass reads all', async () => {
    const tracker = new JobTracker(queue, 5_000);
    const a = tracked('a');
    const b = tracked('b');
    const c = tracked('c');
    for (const t of [a, b, c]) tracker.add(t.job);
    b.job.lastHeard = Date.now() - 6_000; // b went quiet: its completion was missed
    await tracker.reconcile(true);
    expect(reads).toEqual(['b']);
    expect(b.news).toEqual(['attempt 1', 'started', 'completed "r-b"']);
    expect(a.news).toEqual([]);
    await tracker.reconcile(false);
    expect(reads).toEqual(['b', 'a', 'c']); // b ended: not read again
    expect(a.news).toEqual(['attempt 1', 'started']);
    expect(c.news).toEqual([]); // still waiting: the row stays pending
  });

  it('a job gone when re-read (removeOnComplete) ends as its end event, still on its way, says; gone on two reads, it is lost', async () => {
    const tracker = new JobTracker(queue, 5_000);
    const finished = tracked('finished-and-removed');
    const lost = tracked('lost');
    tracker.add(finished.job);
    tracker.add(lost.job);
    await tracker.reconcile(false);
    finished.job.completed('the result'); // its `completed` event, read after the state
    expect(finished.news).toEqual(['attempt 1', 'started', 'completed "the result"']);
    expect(lost.news).toEqual([]);
    await tracker.reconcile(false);
    expect(lost.news).toEqual(['attempt 1', 'started', 'failed remote job lost is gone from Redis']);
  });

  it("a re-read that saw a job's new attempt before the attempt's own `active` event does not count the attempt twice", () => {
    const { job, news } = tracked('recovered');
    job.active(); // the first attempt's event
    job.active(2); // a worker crashed; a re-read finds the job running again, attemptsStarted 2
    job.active(); // the `active` event of that same second attempt, read after the re-read's reply
    job.active(); // a third attempt
    expect(news).toEqual(['attempt 1', 'started', 'attempt 2', 'attempt 3']);
  });

  it('progress of a job whose start was not seen (mirror adopted it running) leaves it silent, so a pass reads its state', async () => {
    const tracker = new JobTracker(queue, 5_000);
    const a = tracked('a'); // active in the queue above, attemptsStarted 1
    tracker.add(a.job);
    a.job.lastHeard = Date.now() - 6_000;
    a.job.progress(0.3); // dropped: the row is not running yet
    await tracker.reconcile(true);
    a.job.progress(0.6);
    expect(a.news).toEqual(['attempt 1', 'started', 'progress 0.6']);
  });

  it('a snapshot re-read covers the jobs followed when it was taken, not later ones', async () => {
    const tracker = new JobTracker(queue, 5_000);
    const early = tracked('c');
    tracker.add(early.job);
    const snapshot = tracker.snapshot();
    tracker.add(tracked('a').job);
    await tracker.reread(snapshot);
    expect(reads).toEqual(['c']);
  });
});

describe('reconciliation against a real redis-server', () => {
  let redis: RedisInstance;
  beforeAll(async () => (redis = await startRedis()));
  afterAll(async () => redis?.stop());
  afterEach(() => jest.restoreAllMocks());

  it('with the event stream silenced, a job that completed is still found completed (after silentAfter)', async () => {
    const setup = remoteSetup(redis, 'deaf', { silentAfter: 300 });
    const worker = new Worker('deaf', async (job) => ({ echo: job.data as unknown }), {
      connection: { ...redis.connection, maxRetriesPerRequest: null },
    });
    try {
      await setup.q.ready();
      // every entry of the event stream is dropped from here on (what the tracker hears of it)
      jest.spyOn(JobTracker.prototype, 'onEvent').mockImplementation(() => undefined);
      const id = setup.q.run('echo', 7);
      const end = await untilStatus(setup.runtime, id, undefined, 10_000);
      expect(end).toMatchObject({ status: 'completed', meta: { attempt: 1 } });
      expect(setup.runtime.getResult(id)).toEqual({ echo: 7 });
    } finally {
      await worker.close();
      await setup.done();
    }
  });

  it('jobs that keep sending news are not re-read: the sweep costs Redis nothing for them', async () => {
    const setup = remoteSetup(redis, 'chatty', { silentAfter: 1_500 });
    const worker = new Worker(
      'chatty',
      async (job) => {
        for (let i = 1; i <= 40; i++) {
          await new Promise((r) => setTimeout(r, 50));
          await job.updateProgress(i / 40);
        }
        return 'ok';
      },
      { connection: { ...redis.connection, maxRetriesPerRequest: null }, concurrency: 10 },
    );
    try {
      await setup.q.ready();
      const reads = jest.spyOn(Queue.prototype, 'getJobState');
      const ids = Array.from({ length: 10 }, (_, i) => setup.q.run('chatty', i));
      for (const id of ids) await untilStatus(setup.runtime, id, 'completed', 10_000);
      // 10 jobs × ~2 s with news every 50 ms, the sweep every 750 ms: passes over all of them would read ~20 times
      expect(reads).not.toHaveBeenCalled();
    } finally {
      await worker.close();
      await setup.done();
    }
  });
});
