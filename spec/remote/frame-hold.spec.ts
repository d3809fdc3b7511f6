import { createRuntime, intervalFrames } from '../../lib';
import { remoteQueue } from '../../lib/remote/remote-queue';
import { serveQueue } from '../../lib/remote/serve-queue';
import { startRedis, type RedisInstance } from './support/redis-server';
import { until, untilStatus } from './support/remote-harness';

jest.setTimeout(30_000);

describe('remote tasks: the frames keep coming while a job is in flight', () => {
  let redis: RedisInstance;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('a job running 400 ms sees frames all along (not only the one its start event asked for), and none once it ended', async () => {
    const runtime = createRuntime({ frames: intervalFrames(60) });
    const q = remoteQueue(runtime, { queue: 'hold', connection: redis.connection });
    const server = serveQueue(
      { queue: 'hold', connection: redis.connection },
      { slow: () => new Promise((resolve) => setTimeout(() => resolve('done'), 400)) },
    );
    try {
      await Promise.all([q.ready(), server.ready()]);
      let frames = 0;
      const sub = runtime.scheduler.stats$.subscribe(() => frames++);
      const id = q.run('slow', null);
      await untilStatus(runtime, id, 'running');
      const atStart = frames;
      await untilStatus(runtime, id, 'completed');
      const whileRunning = frames - atStart;
      sub.unsubscribe();
      // ~24 frames at 60 fps; without the hold the loop let go of its frames after the one the
      // start event asked for, and took them again only for the completion (1 or 2 frames)
      expect(whileRunning).toBeGreaterThanOrEqual(6);
      expect(runtime.getResult(id)).toBe('done');
      await until('the frames to stop', () => !runtime.scheduler.framesActive, 2_000);
    } finally {
      await server.close();
      runtime.dispose();
      await q.close();
    }
  });
});
