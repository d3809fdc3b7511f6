import { RemoteJobLostError } from '../../lib/errors';
import { startRedis, type RedisInstance } from './support/redis-server';
import { allTerminal, recordEvents } from './support/record-events';
import { remoteSetup, until } from './support/remote-harness';
import { buildRemoteWorker, startWorker, type WorkerProcess } from './support/worker-processes';

jest.setTimeout(90_000);

describe('remote tasks across a Redis restart', () => {
  let redis: RedisInstance | undefined;
  let built: ReturnType<typeof buildRemoteWorker>;
  let workers: WorkerProcess[] = [];
  let setup: ReturnType<typeof remoteSetup> | undefined;
  beforeAll(() => (built = buildRemoteWorker()));
  afterAll(() => built?.cleanup());
  afterEach(async () => {
    await setup?.done();
    setup = undefined;
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    workers = [];
    await redis?.stop();
    redis = undefined;
  });

  it('Redis killed and restarted mid-run (append-only file): every row ends in its true status, once', async () => {
    redis = await startRedis(true);
    setup = remoteSetup(redis, 'restart');
    const { runtime, q } = setup;
    const recorder = recordEvents(runtime);
    workers = [0, 1].map(() => startWorker(built.path, [(redis as RedisInstance).port, 'restart', 4]));
    await Promise.all(workers.map((w) => w.started));
    const ids = Array.from({ length: 60 }, (_, i) =>
      q.run('steps', { n: 4 + (i % 5), ms: 40 + (i % 4) * 20, value: i }),
    );

    await until(
      'some jobs to complete',
      () => runtime.table$.value.filter((r) => r.status === 'completed').length >= 10,
    );
    await redis.kill();
    await new Promise((r) => setTimeout(r, 1_000));
    await redis.restart();

    await until('every row to end', () => allTerminal(runtime.table$.value), 60_000);
    await new Promise((r) => setTimeout(r, 100));
    const counts = recorder.terminalCounts();
    ids.forEach((id, i) => {
      expect({ i, status: runtime.status(id), events: counts.get(id) }).toEqual({ i, status: 'completed', events: 1 });
      expect(runtime.getResult<{ value: number }>(id).value).toBe(i);
    });
    expect(runtime.table$.value).toHaveLength(60);
    expect(runtime.table$.value).toEqual(recorder.folded());
    recorder.stop();
  });

  it('Redis restarted without persistence: the lost jobs fail with RemoteJobLostError, none stuck', async () => {
    redis = await startRedis(false);
    setup = remoteSetup(redis, 'amnesia'); // no worker: the jobs wait in Redis
    const { runtime, q } = setup;
    const ids = Array.from({ length: 20 }, (_, i) => q.run('echo', i));
    let waiting = 0;
    await until(
      'the 20 jobs in Redis',
      () => (void setup?.redis.llen('bull:amnesia:wait').then((n) => (waiting = n)), waiting === 20),
    );
    await redis.kill();
    await redis.restart();
    await until(
      'every row to end',
      () => allTerminal(runtime.table$.value) && runtime.table$.value.length === 20,
      30_000,
    );
    for (const id of ids) {
      expect(runtime.status(id)).toBe('failed');
      await expect(runtime.resultPromise(id)).rejects.toBeInstanceOf(RemoteJobLostError);
    }
  });
});
