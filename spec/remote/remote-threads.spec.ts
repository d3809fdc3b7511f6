import { Queue } from 'bullmq';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UnknownRemoteFunctionError } from '../../lib/errors';
import { startRedis, type RedisInstance } from './support/redis-server';
import { remoteSetup, until, untilStatus } from './support/remote-harness';
import { buildRemoteWorker, startWorker, type WorkerProcess } from './support/worker-processes';

jest.setTimeout(60_000);

describe("serveQueue({ isolate: 'thread' }): each job in a worker thread", () => {
  let redis: RedisInstance;
  let built: ReturnType<typeof buildRemoteWorker>;
  let worker: WorkerProcess;
  let setup: ReturnType<typeof remoteSetup>;
  let queue: Queue;
  beforeAll(async () => {
    built = buildRemoteWorker();
    redis = await startRedis();
    setup = remoteSetup(redis, 'threads');
    const module = pathToFileURL(join(built.dir, 'thread-functions.mjs')).href;
    worker = startWorker(built.path, [redis.port, 'threads', 1, 'thread', module]);
    await worker.started;
    queue = new Queue('threads', { connection: redis.connection });
  });
  afterAll(async () => {
    await queue?.close();
    await setup?.done();
    await worker?.stop('SIGKILL');
    await redis?.stop();
    built?.cleanup();
  });

  async function finishedWithin(jobId: string, ms: number): Promise<string> {
    const end = Date.now() + ms;
    for (;;) {
      const state = await queue.getJobState(jobId);
      if (state === 'failed' || state === 'completed' || state === 'unknown') return state; // unknown: removed
      if (Date.now() > end) throw new Error(`job ${jobId} still ${state} after ${ms} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** The heartbeat file stops changing once the spinning thread is gone. */
  async function heartbeatStops(beat: string): Promise<void> {
    const read = () => readFileSync(beat, 'utf8');
    const end = Date.now() + 5_000;
    let last = read();
    for (;;) {
      await new Promise((r) => setTimeout(r, 300)); // the thread writes every 20 ms while alive
      const now = read();
      if (now === last) return;
      if (Date.now() > end) throw new Error('the spinning thread is still running');
      last = now;
    }
  }

  it('cancel stops CPU-bound code that ignores its signal (the thread is terminated), and the worker goes on', async () => {
    const { runtime, q } = setup;
    const beat = join(built.dir, 'cancel.beat');
    const id = q.run('spin', { ms: 60_000, beat });
    const running = await untilStatus(runtime, id, 'running');
    await until('the first heartbeat', () => existsSync(beat));
    runtime.cancel(id);
    await untilStatus(runtime, id, 'cancelled');
    expect(await finishedWithin(String(running.meta?.jobId), 5_000)).not.toBe('completed');
    await heartbeatStops(beat);
    const next = q.run('add', { a: 2, b: 3 });
    await expect(runtime.resultPromise(next)).resolves.toBe(5);
  });

  it('timeout stops it too', async () => {
    const { runtime, q } = setup;
    const beat = join(built.dir, 'timeout.beat');
    const id = q.run('spin', { ms: 60_000, beat }, { timeout: 500 });
    const end = await untilStatus(runtime, id);
    expect(end.status).toBe('timeout');
    expect(await finishedWithin(String(end.meta?.jobId), 5_000)).not.toBe('completed');
    await heartbeatStops(beat);
  });

  it('an unknown function fails with UnknownRemoteFunctionError naming what the module serves', async () => {
    const { runtime, q } = setup;
    const id = q.run('nope', {});
    const error = await runtime.resultPromise(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownRemoteFunctionError);
    expect((error as Error).message).toMatch(/no function "nope" \(it serves: "add", "spin"\)/);
  });
});
