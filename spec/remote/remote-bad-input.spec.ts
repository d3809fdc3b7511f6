import { Queue } from 'bullmq';
import { createRuntime, intervalFrames, type Runtime } from '../../lib';
import { InvalidArgumentError, RemoteConnectionError, RemoteDataError } from '../../lib/errors';
import { JobAdds } from '../../lib/remote/main-side/job-adds';
import { remoteQueue } from '../../lib/remote/remote-queue';
import { serveQueue } from '../../lib/remote/serve-queue';
import { freePort, startRedis, type RedisInstance } from './support/redis-server';
import { remoteSetup, untilStatus } from './support/remote-harness';

jest.setTimeout(30_000);

describe('remote tasks: bad input', () => {
  let redis: RedisInstance;
  let setup: ReturnType<typeof remoteSetup>;
  beforeAll(async () => {
    redis = await startRedis();
    setup = remoteSetup(redis, 'bad');
  });
  afterAll(async () => {
    await setup?.done();
    await redis?.stop();
  });

  it.each([
    ['a function', { f: () => 1 }, /data\.f cannot be serialised.*\[function f\]/],
    ['a BigInt', [1n], /data\[0\] cannot be serialised.*1/],
    ['a Map', { m: new Map() }, /data\.m cannot be serialised for a remote job: a Map instance/],
    ['NaN', { n: NaN }, /data\.n cannot be serialised for a remote job: a non-finite number.*NaN/],
    ['undefined', undefined, /data cannot be serialised for a remote job: undefined values/],
  ])('data with %s throws RemoteDataError at the call and queues nothing', (_what, data, message) => {
    const before = setup.runtime.table$.value.length;
    expect(() => setup.q.run('echo', data)).toThrow(RemoteDataError);
    expect(() => setup.q.work('echo', data)).toThrow(message);
    expect(setup.runtime.table$.value.length).toBe(before);
  });

  it('a cyclic object throws RemoteDataError', () => {
    const data: Record<string, unknown> = {};
    data.self = data;
    expect(() => setup.q.run('echo', data)).toThrow(
      /data\.self cannot be serialised for a remote job: it refers to itself/,
    );
  });

  it.each([
    ['fn', () => setup.q.run('', 1), /fn: expected a function name \(got ""\)/],
    [
      'timeout',
      () => setup.q.run('echo', 1, { timeout: -5 }),
      /options\.timeout: expected a positive number \(got -5\)/,
    ],
    ['attempts', () => setup.q.run('echo', 1, { job: { attempts: 0 } }), /options\.job\.attempts.*\(got 0\)/],
    [
      'hooks',
      () => setup.q.run('echo', 1, { onSuccess: 3 as never }),
      /options\.onSuccess: expected a function \(got 3\)/,
    ],
    [
      'unknown key',
      () => setup.q.work('echo', 1, { onSuccess: () => 1 } as never),
      /options\.onSuccess: unknown option/,
    ],
    ['queue name', () => remoteQueue(setup.runtime, { queue: 'a b', connection: {} }), /options\.queue.*\(got "a b"\)/],
    ['serve options', () => serveQueue({ queue: 'q', connection: {}, concurrency: 0 }, {}), /concurrency.*\(got 0\)/],
    [
      'thread module',
      () => serveQueue({ queue: 'q', connection: {}, isolate: 'thread' }, {}),
      /functions: expected a module URL/,
    ],
  ])('bad %s throws InvalidArgumentError quoting the value', (_what, call, message) => {
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(message);
  });

  it('a Redis that cannot be reached fails the tasks with RemoteConnectionError, not a hang', async () => {
    const port = await freePort(); // nothing listens there
    const runtime: Runtime = createRuntime({ frames: intervalFrames(60) });
    try {
      const q = remoteQueue(runtime, {
        queue: 'nowhere',
        connection: { host: '127.0.0.1', port },
        connectTimeout: 1_000,
      });
      const id = q.run('echo', 1);
      await expect(q.ready()).rejects.toThrow(RemoteConnectionError);
      await expect(q.ready()).rejects.toThrow(
        new RegExp(`cannot reach Redis at 127\\.0\\.0\\.1:${port} .* within 1000 ms`),
      );
      const end = await untilStatus(runtime, id);
      expect(end).toMatchObject({ status: 'failed', error: { code: 'ERR_FRAMETASKS_REMOTE_CONNECTION' } });
      const started = Date.now();
      await q.close();
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      runtime.dispose();
    }
  });

  it('the jobs started in one frame go to Redis in one pipeline', async () => {
    const own = remoteSetup(redis, 'batched');
    const server = serveQueue({ queue: 'batched', connection: redis.connection }, { echo: (d: unknown) => d });
    const bulk = jest.spyOn(Queue.prototype, 'addBulk');
    const single = jest.spyOn(Queue.prototype, 'add');
    try {
      await Promise.all([own.q.ready(), server.ready()]);
      const ids = [1, 2, 3].map((n) => own.q.run('echo', n));
      for (const id of ids) await untilStatus(own.runtime, id, 'completed');
      expect(ids.map((id) => own.runtime.getResult(id))).toEqual([1, 2, 3]);
      expect(bulk).toHaveBeenCalledTimes(1);
      expect(bulk.mock.calls[0]?.[0]).toHaveLength(3);
      expect(single).not.toHaveBeenCalled();
    } finally {
      bulk.mockRestore();
      single.mockRestore();
      await server.close();
      await own.done();
    }
  });

  it('a job whose row ends before its batch goes out is never added to Redis', async () => {
    const own = remoteSetup(redis, 'ended-first');
    const server = serveQueue({ queue: 'ended-first', connection: redis.connection }, { echo: (d: unknown) => d });
    const bulk = jest.spyOn(Queue.prototype, 'addBulk');
    const push = JobAdds.prototype.push;
    let cancelled: string | undefined;
    // cancel the second job's task in the frame it starts in, after its add was queued
    const spy = jest.spyOn(JobAdds.prototype, 'push').mockImplementation(function (this: JobAdds, job, add) {
      push.call(this, job, add);
      if (add.data === 2) own.runtime.cancel((cancelled = job.taskId));
    });
    try {
      await Promise.all([own.q.ready(), server.ready()]);
      const [kept, dropped] = [1, 2].map((n) => own.q.run('echo', n)) as [string, string];
      expect(await untilStatus(own.runtime, kept)).toMatchObject({ status: 'completed' });
      expect(cancelled).toBe(dropped);
      const row = own.runtime.table$.value.find((r) => r.id === dropped);
      expect(row).toMatchObject({ status: 'cancelled' });
      expect(bulk.mock.calls.flatMap(([jobs]) => jobs.map((j) => j.data))).toEqual([1]);
      const queue = new Queue('ended-first', { connection: redis.connection });
      expect(await queue.getJob(String(row?.meta?.jobId))).toBeUndefined();
      await queue.close();
    } finally {
      spy.mockRestore();
      bulk.mockRestore();
      await server.close();
      await own.done();
    }
  });

  it('a job whose options BullMQ refuses fails alone: the jobs added in the same frame still run', async () => {
    const own = remoteSetup(redis, 'refused');
    const server = serveQueue({ queue: 'refused', connection: redis.connection }, { echo: (d: unknown) => d });
    try {
      await Promise.all([own.q.ready(), server.ready()]);
      // started in the same frame, so added to Redis in one batch
      const good = own.q.run('echo', 1);
      const bad = own.q.run('echo', 2, { job: { priority: 1.5 } });
      expect(await untilStatus(own.runtime, bad)).toMatchObject({
        status: 'failed',
        error: { message: expect.stringMatching(/Priority should not be float/) },
      });
      expect(await untilStatus(own.runtime, good)).toMatchObject({ status: 'completed' });
      expect(own.runtime.getResult(good)).toBe(1);
    } finally {
      await server.close();
      await own.done();
    }
  });

  it('a bad call leaves a running task alone', async () => {
    const { runtime, q } = setup;
    const id = q.run('echo', 1); // no worker: it waits
    await untilStatus(runtime, id, 'pending');
    expect(() => q.run('echo', { f: Symbol('x') })).toThrow(RemoteDataError);
    expect(runtime.status(id)).toBe('pending');
    runtime.cancel(id);
  });
});
