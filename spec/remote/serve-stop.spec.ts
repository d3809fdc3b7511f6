import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { cancelNames } from '../../lib/remote/cancel-channel';
import { TaskCancelledError, TaskTimeoutError } from '../../lib/errors';
import { JobStop } from '../../lib/remote/worker-side/job-stop';
import { serveQueue } from '../../lib/remote/serve-queue';
import { startRedis, type RedisInstance } from './support/redis-server';
import { until } from './support/remote-harness';

jest.setTimeout(30_000);

describe('JobStop', () => {
  it('makes no AbortSignal until the function reads it, then one that aborts with the first reason', async () => {
    const stop = new JobStop();
    const made = () => (stop as unknown as { controller?: AbortController }).controller !== undefined;
    const pending = stop.race(new Promise<never>(() => undefined));
    stop.stop(new TaskTimeoutError('j', 10));
    stop.stop(new TaskCancelledError('j')); // too late: the first reason stays
    await expect(pending).rejects.toBeInstanceOf(TaskTimeoutError);
    expect(made()).toBe(false); // the stop itself needs no signal
    expect(stop.stopped).toBe(true);
    expect(stop.signal.aborted).toBe(true); // made now, already aborted
    expect(stop.signal.reason).toBeInstanceOf(TaskTimeoutError);
    expect(made()).toBe(true);
  });

  it('a signal read before the stop aborts on it; a race settles with the work when not stopped', async () => {
    const stop = new JobStop();
    const signal = stop.signal;
    await expect(stop.race(Promise.resolve(5))).resolves.toBe(5);
    expect(signal.aborted).toBe(false);
    stop.stop(new TaskCancelledError('j'));
    expect(signal.aborted).toBe(true);
    await expect(stop.race(Promise.resolve(6))).rejects.toBeInstanceOf(TaskCancelledError);
  });
});

describe('serveQueue: BullMQ worker.cancelJob() still stops a job', () => {
  let redis: RedisInstance;
  beforeAll(async () => (redis = await startRedis()));
  afterAll(async () => redis?.stop());

  it('the job signal aborts and the job fails without retry', async () => {
    let aborted: unknown;
    let started = false;
    const server = serveQueue(
      { queue: 'stops', connection: redis.connection },
      {
        wait: (_data, ctx) =>
          new Promise((_, reject) => {
            started = true;
            ctx.signal.addEventListener('abort', () => ((aborted = ctx.signal.reason), reject(ctx.signal.reason)));
          }),
      },
    );
    const queue = new Queue('stops', { connection: { ...redis.connection, maxRetriesPerRequest: null } });
    try {
      await server.ready();
      const job = await queue.add('wait', null, { attempts: 3 });
      await until('the job to start', () => started);
      expect(server.worker.cancelJob(job.id ?? '')).toBe(true);
      expect(server.worker.cancelJob('no-such-job')).toBe(false);
      let state = '';
      const read = () => void queue.getJobState(job.id ?? '').then((s) => (state = s));
      await until('the job to fail', () => (read(), state === 'failed'));
      expect(aborted).toBeInstanceOf(TaskCancelledError);
      const failed = await queue.getJob(job.id ?? '');
      expect(failed?.attemptsMade).toBe(1); // no retry, although 3 attempts were allowed
      expect(failed?.failedReason).toMatch(/TaskCancelledError/);
    } finally {
      await server.close(true);
      await queue.close();
    }
  });

  it('a job whose cancel reached the worker before the job did ends cancelled without its function being called', async () => {
    const calls: string[] = [];
    const server = serveQueue(
      { queue: 'early', connection: redis.connection },
      { effect: (data: string) => void calls.push(data) },
    );
    const queue = new Queue('early', { connection: { ...redis.connection, maxRetriesPerRequest: null } });
    const client = new Redis({ ...redis.connection, maxRetriesPerRequest: null });
    const { channel } = cancelNames('bull', 'early');
    const early = (server as unknown as { cancels: { early: Map<string, number> } }).cancels.early;
    try {
      await server.ready();
      // as the main side's cancel does when a worker took the job just before its remove
      await client.publish(channel, 'early-1');
      await until('the worker to remember the cancel', () => early.has('early-1'));
      await queue.add('effect', 'cancelled first', { jobId: 'early-1' });
      let state = '';
      const read = () => void queue.getJobState('early-1').then((s) => (state = s));
      await until('the job to fail', () => (read(), state === 'failed'));
      expect((await queue.getJob('early-1'))?.failedReason).toMatch(/^TaskCancelledError/);
      expect(calls).toEqual([]);
    } finally {
      await server.close(true);
      await queue.close();
      client.disconnect();
    }
  });
});

describe('serveQueue: functions of a class instance, and close(true)', () => {
  let redis: RedisInstance;
  beforeAll(async () => (redis = await startRedis()));
  afterAll(async () => redis?.stop());

  class Doubler {
    factor = 2;
    double(n: number): number {
      return n * this.factor;
    }
  }

  it('serves the methods of a class instance, called on it, and names them when a job asks for another', async () => {
    const server = serveQueue({ queue: 'methods', connection: redis.connection }, new Doubler());
    const queue = new Queue('methods', { connection: { ...redis.connection, maxRetriesPerRequest: null } });
    try {
      await server.ready();
      const job = await queue.add('double', 21);
      const other = await queue.add('toString', null);
      const read = async (id: string) => (await queue.getJob(id)) ?? undefined;
      let done = false;
      await until('both jobs to end', () => {
        void Promise.all([read(job.id ?? ''), read(other.id ?? '')]).then(
          ([a, b]) => (done = a?.returnvalue === 42 && b?.failedReason !== undefined),
        );
        return done;
      });
      expect((await read(other.id ?? ''))?.failedReason).toMatch(
        /^UnknownRemoteFunctionError \[ERR_FRAMETASKS_REMOTE_UNKNOWN_FUNCTION\]: .*"toString" \(it serves: "double"\)/,
      );
    } finally {
      await server.close();
      await queue.close();
    }
  });

  it('close(true) aborts running jobs (TaskCancelledError, disposed) and leaves them active for another worker', async () => {
    let reason: unknown;
    let started = false;
    const server = serveQueue(
      { queue: 'forced', connection: redis.connection },
      {
        wait: (_data, ctx) =>
          new Promise((_, reject) => {
            started = true;
            ctx.signal.addEventListener('abort', () => ((reason = ctx.signal.reason), reject(ctx.signal.reason)));
          }),
      },
    );
    const queue = new Queue('forced', { connection: { ...redis.connection, maxRetriesPerRequest: null } });
    try {
      await server.ready();
      const job = await queue.add('wait', null, { attempts: 3 });
      await until('the job to start', () => started);
      await server.close(true);
      expect(reason).toBeInstanceOf(TaskCancelledError);
      expect(reason).toMatchObject({ reason: 'disposed' });
      // nothing of the aborted function reached Redis: the job waits for its lock to lapse
      expect(await queue.getJobState(job.id ?? '')).toBe('active');
    } finally {
      await queue.close();
    }
  });
});
