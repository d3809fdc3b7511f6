import { Queue } from 'bullmq';
import { createRuntime, intervalFrames } from '../../lib';
import { remoteQueue } from '../../lib/remote/remote-queue';
import { serveQueue } from '../../lib/remote/serve-queue';
import { startRedis, type RedisInstance } from './support/redis-server';
import { until } from './support/remote-harness';

jest.setTimeout(30_000);

describe('remote tasks: a burst of jobs goes to Redis in pipelines of 50', () => {
  let redis: RedisInstance;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('120 jobs started in one frame are added as 50 + 50 + 20, and all complete with their results', async () => {
    // a budget no start frame of 120 tasks can overrun, so they all start in one frame even on a loaded machine
    const runtime = createRuntime({ frames: intervalFrames(60), budgetMs: 1_000 });
    const q = remoteQueue(runtime, { queue: 'burst', connection: redis.connection });
    const server = serveQueue(
      { queue: 'burst', connection: redis.connection, concurrency: 10 },
      { echo: (d: number) => d },
    );
    const bulk = jest.spyOn(Queue.prototype, 'addBulk');
    try {
      await Promise.all([q.ready(), server.ready()]);
      const ids = Array.from({ length: 120 }, (_, i) => q.run('echo', i));
      await until('120 completed rows', () => ids.every((id) => runtime.status(id) === 'completed'));
      expect(ids.map((id) => runtime.getResult(id))).toEqual(ids.map((_, i) => i));
      expect(bulk.mock.calls.map(([jobs]) => jobs.length)).toEqual([50, 50, 20]);
      // in the order the tasks started
      expect(bulk.mock.calls.flatMap(([jobs]) => jobs.map((j) => j.data))).toEqual(ids.map((_, i) => i));
    } finally {
      bulk.mockRestore();
      await server.close();
      runtime.dispose();
      await q.close();
    }
  });
});
