import { Redis } from 'ioredis';
import { startRedis, type RedisInstance } from './support/redis-server';
import { allTerminal, recordEvents } from './support/record-events';
import { remoteSetup, until, untilStatus } from './support/remote-harness';
import { buildRemoteWorker, startWorker, type WorkerProcess } from './support/worker-processes';

jest.setTimeout(90_000);

type Kind = 'ok' | 'fail' | 'timeout';
interface Planned {
  readonly i: number;
  readonly kind: Kind;
  readonly id: string;
  cancelled?: boolean;
}

/** A seeded generator, so a failure can be replayed (the seed is in the test name's output). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0), s / 2 ** 32);
}

describe('remote tasks under load (real redis-server, two worker processes)', () => {
  let redis: RedisInstance;
  let built: ReturnType<typeof buildRemoteWorker>;
  let workers: WorkerProcess[] = [];
  let setup: ReturnType<typeof remoteSetup> | undefined;
  beforeAll(async () => {
    built = buildRemoteWorker();
    redis = await startRedis();
  });
  afterAll(async () => {
    await setup?.done();
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await redis?.stop();
    built?.cleanup();
  });

  it('200 jobs with progress, cancels, timeouts and a SIGKILLed worker: each row ends once, right, and table$ = fold(events$)', async () => {
    const seed = Date.now() % 100_000;
    const rand = random(seed);
    const name = 'load';
    setup = remoteSetup(redis, name);
    const { runtime, q } = setup;
    const recorder = recordEvents(runtime);
    workers = [0, 1].map(() => startWorker(built.path, [redis.port, name, 8]));
    await Promise.all(workers.map((w) => w.started));

    const plan: Planned[] = [];
    for (let i = 0; i < 200; i++) {
      const kind: Kind = i % 25 === 3 ? 'fail' : i % 20 === 7 ? 'timeout' : 'ok';
      const id =
        kind === 'fail'
          ? q.run('fail', { message: `no ${i}` })
          : kind === 'timeout'
            ? q.run('steps', { n: 60, ms: 50, value: i }, { timeout: 300 })
            : q.run('steps', { n: 2 + Math.floor(rand() * 4), ms: 20 + Math.floor(rand() * 60), value: i });
      plan.push({ i, kind, id });
    }

    // cancel some while they wait and some while they run, at random moments
    const cancels = (async () => {
      for (let k = 0; k < 30; k++) {
        await new Promise((r) => setTimeout(r, rand() * 150));
        const p = plan[Math.floor(rand() * plan.length)];
        if (p && !p.cancelled && runtime.cancel(p.id)) p.cancelled = true;
      }
    })();
    // kill one worker mid-run: its jobs must be taken over by the other one
    await until(
      'some jobs to complete',
      () => runtime.table$.value.filter((r) => r.status === 'completed').length >= 20,
    );
    await workers[0]?.stop('SIGKILL');
    await cancels;

    await until(
      'every row to end',
      () => allTerminal(runtime.table$.value) && runtime.table$.value.length === 200,
      60_000,
    );
    await new Promise((r) => setTimeout(r, 100)); // let the last frame publish the table

    const rows = new Map(runtime.table$.value.map((r) => [r.id, r]));
    expect(rows.size).toBe(200);
    const counts = recorder.terminalCounts();
    for (const p of plan) {
      const row = rows.get(p.id);
      expect({ seed, i: p.i, terminalEvents: counts.get(p.id) }).toEqual({ seed, i: p.i, terminalEvents: 1 });
      const expected = p.cancelled
        ? 'cancelled'
        : p.kind === 'ok'
          ? 'completed'
          : p.kind === 'fail'
            ? 'failed'
            : 'timeout';
      expect({ seed, i: p.i, status: row?.status }).toEqual({ seed, i: p.i, status: expected });
      if (expected === 'completed') {
        const result = runtime.getResult<{ value: number }>(p.id);
        expect({ seed, i: p.i, value: result.value }).toEqual({ seed, i: p.i, value: p.i });
      }
      if (expected === 'cancelled') expect(row?.cancelReason).toBe('explicit');
      expect(row?.meta).toMatchObject({ queue: name });
    }
    // the killed worker's jobs ran again on the other one (attempt 2) and completed
    const retried = [...rows.values()].filter((r) => r.status === 'completed' && Number(r.meta?.attempt) >= 2);
    expect(retried.length).toBeGreaterThan(0);
    expect(plan.filter((p) => p.cancelled).length).toBeGreaterThan(5);
    expect(runtime.table$.value).toEqual(recorder.folded());
    recorder.stop();

    // nothing left running on the worker side
    const client = new Redis({ ...redis.connection, maxRetriesPerRequest: null });
    try {
      expect(await client.llen(`bull:${name}:active`)).toBe(0);
    } finally {
      client.disconnect();
    }
  });

  it('a job that keeps crashing its workers ends failed with RemoteStalledError', async () => {
    const name = 'crashy';
    await setup?.done();
    setup = remoteSetup(redis, name);
    const { runtime, q } = setup;
    const id = q.run('crash', {});
    // each worker that takes the job dies with it; the next one finds it stalled
    for (let k = 0; k < 3 && runtime.status(id) !== 'failed'; k++) {
      const worker = startWorker(built.path, [redis.port, name, 1]);
      workers.push(worker);
      await worker.started.catch(() => undefined); // it may die before it says ready
      await Promise.race([worker.exited, untilStatus(runtime, id, 'failed', 20_000).catch(() => undefined)]);
    }
    const end = await untilStatus(runtime, id, undefined, 20_000);
    expect(end).toMatchObject({
      status: 'failed',
      error: { name: 'RemoteStalledError', code: 'ERR_FRAMETASKS_REMOTE_STALLED' },
    });
    expect(Number(end.meta?.attempt)).toBeGreaterThanOrEqual(2);
  });
});
