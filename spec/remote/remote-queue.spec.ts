import { FlowProducer, Queue } from 'bullmq';
import { Subject } from 'rxjs';
import { switchTask } from '../../lib/pipelines/switch-task';
import { RemoteTaskError, TaskTimeoutError, UnknownRemoteFunctionError } from '../../lib/errors';
import { startRedis, type RedisInstance } from './support/redis-server';
import { remoteSetup, row, until, untilStatus } from './support/remote-harness';
import { buildRemoteWorker, startWorker, type WorkerProcess } from './support/worker-processes';

jest.setTimeout(60_000);

let redis: RedisInstance;
let built: ReturnType<typeof buildRemoteWorker>;
let workers: WorkerProcess[] = [];
let setup: ReturnType<typeof remoteSetup>;

beforeAll(async () => {
  built = buildRemoteWorker();
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
  built?.cleanup();
});
afterEach(async () => {
  await setup?.done();
  await Promise.all(workers.map((w) => w.stop('SIGKILL')));
  workers = [];
});

let queueNo = 0;
async function withWorkers(count: number, concurrency = 4): Promise<string> {
  const name = `basic${++queueNo}`;
  setup = remoteSetup(redis, name);
  workers = Array.from({ length: count }, () => startWorker(built.path, [redis.port, name, concurrency]));
  await Promise.all(workers.map((w) => w.started));
  return name;
}

describe('remote tasks on BullMQ (real redis-server and worker processes)', () => {
  it('runs a job: pending → running → completed, progress and meta in the row, result on a frame', async () => {
    const name = await withWorkers(1);
    const { runtime, q } = setup;
    const progress: unknown[] = [];
    let success: unknown;
    const id = q.run(
      'steps',
      { n: 3, ms: 30, value: 'done' },
      { onProgress: (p) => progress.push(p), onSuccess: (r) => (success = r) },
    );
    expect(await untilStatus(runtime, id, 'pending')).toMatchObject({ kind: 'remote', description: 'steps' });
    const end = await untilStatus(runtime, id);
    expect(end).toMatchObject({ status: 'completed', meta: { queue: name, attempt: 1 } });
    expect(typeof end.meta?.jobId).toBe('string');
    expect(runtime.getResult(id)).toMatchObject({ value: 'done', attempt: 1 });
    await until('onSuccess', () => success !== undefined);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => typeof p === 'number' && p > 0 && p <= 1)).toBe(true);
  });

  it('run hooks follow their own job: each gets its own progress, nothing subscribes to every task event', async () => {
    await withWorkers(1);
    const { runtime, q } = setup;
    const subscribe = jest.spyOn(runtime.events$, 'subscribe');
    const seen = [3, 5].map((n) => {
      const progress: number[] = [];
      const id = q.run('steps', { n, ms: 20, value: n }, { onProgress: (p: number) => progress.push(p) });
      return { n, id, progress };
    });
    for (const { id } of seen) expect(await untilStatus(runtime, id)).toMatchObject({ status: 'completed' });
    await until('the last progress', () => seen.every(({ progress }) => progress.at(-1) === 1));
    // steps reports i / n: a hook that saw another job's progress would hold a foreign fraction
    for (const { n, progress } of seen) expect(progress.every((p) => Number.isInteger(p * n))).toBe(true);
    expect(subscribe).not.toHaveBeenCalled();
  });

  it('cancels a waiting job: it is removed from Redis and the row is cancelled with its reason', async () => {
    const name = `nobody${++queueNo}`;
    setup = remoteSetup(redis, name); // no worker serves this queue
    const { runtime, q } = setup;
    const id = q.run('echo', 1);
    const jobId = await until('the job id', () => row(runtime, id)?.meta?.jobId as string | undefined);
    const queue = new Queue(name, { connection: redis.connection });
    try {
      await untilJob(queue, jobId, true);
      runtime.cancel(id);
      expect(await untilStatus(runtime, id)).toMatchObject({ status: 'cancelled', cancelReason: 'explicit' });
      await untilJob(queue, jobId, false);
    } finally {
      await queue.close();
    }
  });

  it('cancels a running job: the worker signal aborts, the job ends without retry', async () => {
    const name = await withWorkers(1);
    const { runtime, q, redis: client } = setup;
    const id = q.run('steps', { n: 100, ms: 50, value: 1 }, { job: { attempts: 3 } });
    await untilStatus(runtime, id, 'running');
    const jobId = row(runtime, id)?.meta?.jobId as string;
    runtime.cancel(id);
    expect(await untilStatus(runtime, id)).toMatchObject({ status: 'cancelled', cancelReason: 'explicit' });
    await untilAsync('the worker signal to abort', async () =>
      (await client.lrange(`test:${name}:aborted`, 0, -1)).includes(jobId),
    );
    const queue = new Queue(name, { connection: redis.connection });
    try {
      // the job failed without retry (attempt 1), or the main side's remove came after its end
      await untilAsync('the job to end', async () => ['failed', 'unknown'].includes(await queue.getJobState(jobId)));
      const job = await queue.getJob(jobId);
      if (job !== undefined)
        expect(job).toMatchObject({ attemptsStarted: 1, failedReason: expect.stringMatching(/TaskCancelledError/) });
      await new Promise((r) => setTimeout(r, 300));
      expect(['failed', 'unknown']).toContain(await queue.getJobState(jobId));
    } finally {
      await queue.close();
    }
  });

  it('times out from the start: the row goes timeout on time and the worker stops', async () => {
    const name = await withWorkers(1);
    const { runtime, q, redis: client } = setup;
    const id = q.run('steps', { n: 100, ms: 50, value: 1 }, { timeout: 400 });
    const started = await untilStatus(runtime, id, 'running');
    const end = await untilStatus(runtime, id);
    expect(end.status).toBe('timeout');
    expect(end.error).toMatchObject({ name: 'TaskTimeoutError' });
    expect((end.completedAt ?? 0) - (started.startedAt ?? 0)).toBeGreaterThanOrEqual(399);
    const jobId = end.meta?.jobId as string;
    await untilAsync('the worker signal to abort', async () =>
      (await client.lrange(`test:${name}:aborted`, 0, -1)).includes(jobId),
    );
    await expect(runtime.resultPromise(id)).rejects.toBeInstanceOf(TaskTimeoutError);
  });

  it('times out on the main side even when the worker is gone', async () => {
    await withWorkers(1);
    const { runtime, q } = setup;
    const id = q.run('steps', { n: 100, ms: 50, value: 1 }, { timeout: 1_500 });
    await untilStatus(runtime, id, 'running');
    await workers[0]?.stop('SIGKILL');
    const end = await untilStatus(runtime, id, undefined, 10_000);
    expect(end.status).toBe('timeout');
  });

  it('fails with the remote error, named and with its code', async () => {
    await withWorkers(1);
    const { runtime, q } = setup;
    let hooked: unknown;
    const id = q.run('fail', { message: 'bad input' }, { onError: (e) => (hooked = e) });
    expect((await untilStatus(runtime, id)).status).toBe('failed');
    const error = await runtime.resultPromise(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteTaskError);
    expect(error).toMatchObject({ message: 'bad input', remoteName: 'ValidationError', remoteCode: 'E_TEST' });
    await until('onError', () => hooked !== undefined);
  });

  it('fails an unknown function with UnknownRemoteFunctionError and leaves other jobs alone', async () => {
    await withWorkers(1);
    const { runtime, q } = setup;
    const good = q.run('steps', { n: 4, ms: 50, value: 'fine' });
    const id = q.run('nope', {});
    const error = await runtime.resultPromise(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownRemoteFunctionError);
    expect(error).toMatchObject({
      code: 'ERR_FRAMETASKS_REMOTE_UNKNOWN_FUNCTION',
      message: expect.stringMatching(/"nope"/),
    });
    expect(row(runtime, id)?.error?.code).toBe('ERR_FRAMETASKS_REMOTE_UNKNOWN_FUNCTION');
    await expect(runtime.resultPromise(good)).resolves.toMatchObject({ value: 'fine' });
  });
});

describe('mirror: true', () => {
  it('shows jobs other producers add (queued before and after start) as rows that end like ours', async () => {
    const name = `mirror${++queueNo}`;
    const producer = new Queue(name, { connection: redis.connection });
    try {
      await producer.add('echo', { early: 1 }, { jobId: 'early' });
      setup = remoteSetup(redis, name, { mirror: true });
      const { runtime } = setup;
      await setup.q.ready();
      await producer.add('echo', { late: 2 }, { jobId: 'late' });
      const rows = await until(
        'two mirrored rows',
        () => {
          return runtime.table$.value.length === 2 ? runtime.table$.value : undefined;
        },
        3_000,
      );
      expect(rows.map((r) => [r.kind, r.description, r.status, r.meta?.jobId]).sort()).toEqual([
        ['remote', 'echo', 'pending', 'early'],
        ['remote', 'echo', 'pending', 'late'],
      ]);
      workers = [startWorker(built.path, [redis.port, name, 2])];
      await workers[0]?.started;
      const byJob = (jobId: string) => runtime.table$.value.find((r) => r.meta?.jobId === jobId)?.id ?? '';
      await expect(runtime.resultPromise(byJob('early'))).resolves.toEqual({ early: 1 });
      await expect(runtime.resultPromise(byJob('late'))).resolves.toEqual({ late: 2 });
    } finally {
      await producer.close();
    }
  });
  it('lists a job waiting for its children (a flow) at start as a pending row', async () => {
    const name = `mirror${++queueNo}`;
    const flows = new FlowProducer({ connection: redis.connection });
    try {
      // nobody serves the child's queue: the parent stays in waiting-children
      await flows.add({
        name: 'echo',
        queueName: name,
        data: {},
        opts: { jobId: 'parent' },
        children: [{ name: 'echo', queueName: `${name}-kids`, data: {} }],
      });
      setup = remoteSetup(redis, name, { mirror: true });
      const { runtime } = setup;
      await setup.q.ready();
      const parent = await until(
        'the parent’s row',
        () => runtime.table$.value.find((r) => r.meta?.jobId === 'parent'),
        3_000,
      );
      expect(parent).toMatchObject({ kind: 'remote', description: 'echo', status: 'pending' });
    } finally {
      await flows.close();
    }
  });
  it("a job of ours cancelled while its add is in flight is not adopted as another producer's (one row, not two)", async () => {
    const name = `mirror${++queueNo}`;
    const producer = new Queue(name, { connection: redis.connection });
    setup = remoteSetup(redis, name, { mirror: true });
    const { runtime, q } = setup;
    let id = '';
    const addBulk = Queue.prototype.addBulk;
    const spy = jest.spyOn(Queue.prototype, 'addBulk').mockImplementation(function (this: Queue, jobs) {
      const sent = addBulk.call(this, jobs);
      runtime.cancel(id); // while the add is on its way to Redis
      return sent;
    });
    try {
      await q.ready();
      id = q.run('echo', { ours: 1 });
      await untilStatus(runtime, id, 'cancelled');
      spy.mockRestore();
      // the stream is ordered: once their job's row is in, the cancelled job's `added` event was seen
      await producer.add('echo', { theirs: 1 }, { jobId: 'theirs' });
      await until('the row of their job', () => runtime.table$.value.find((r) => r.meta?.jobId === 'theirs'), 3_000);
      expect(runtime.table$.value.map((r) => r.meta?.jobId).sort()).toEqual(
        [row(runtime, id)?.meta?.jobId, 'theirs'].sort(),
      );
    } finally {
      spy.mockRestore();
      await producer.close();
    }
  });
});

describe('policy operators over remote work', () => {
  it('switchTask cancels the superseded job on the worker (its signal aborts) and delivers the newest result', async () => {
    const name = await withWorkers(1);
    const { runtime, q, redis: client } = setup;
    const queries = new Subject<string>();
    const results: unknown[] = [];
    const long = { n: 200, ms: 50 };
    const sub = queries
      .pipe(
        switchTask(runtime, (v: string) =>
          q.work<{ value: string }>('steps', { ...(v === 'a' ? long : { n: 2, ms: 20 }), value: v }),
        ),
      )
      .subscribe((r) => results.push(r.value));
    try {
      queries.next('a');
      const first = await until('the first job to run', () => runtime.table$.value.find((r) => r.status === 'running'));
      queries.next('b');
      expect(await untilStatus(runtime, first.id)).toMatchObject({ status: 'cancelled', cancelReason: 'restarted' });
      const jobId = String(first.meta?.jobId);
      await untilAsync('the worker signal to abort', async () =>
        (await client.lrange(`test:${name}:aborted`, 0, -1)).includes(jobId),
      );
      await until('the newest result', () => results.length > 0);
      expect(results).toEqual(['b']);
    } finally {
      sub.unsubscribe();
    }
  });
});

async function untilAsync(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function untilJob(queue: Queue, jobId: string, present: boolean): Promise<void> {
  return untilAsync(
    `job ${jobId} ${present ? 'in' : 'gone from'} Redis`,
    async () => ((await queue.getJob(jobId)) !== undefined) === present,
  );
}
