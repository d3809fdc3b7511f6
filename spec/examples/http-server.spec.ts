import { get } from 'node:http';
import { connect } from 'node:net';
import { threadId } from 'node:worker_threads';
import { filter, firstValueFrom, map, timeout } from 'rxjs';
import { createRuntime, intervalFrames, workerPool, type Runtime, type TaskStatus } from '../../lib';
import { HttpServerTask, type ServerState } from '../../examples/http-server/http-server-task';
import { connectOutcome, httpGet } from '../support/loopback';
import { buildServerWorker } from './support/server-worker-fixture';

const fixture = buildServerWorker();
afterAll(() => fixture.cleanup());

/** The x-thread-id header of a GET (the thread that answered). */
function threadOf(port: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const req = get({ host: '127.0.0.1', port, path: '/who', agent: false, timeout: 5_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.headers['x-thread-id'] as string | undefined));
    });
    req.on('timeout', () => req.destroy(new Error('GET /who timed out')));
    req.on('error', reject);
  });
}

function finalRow(runtime: Runtime, id: string): Promise<TaskStatus> {
  return firstValueFrom(
    runtime.table$.pipe(
      map((rows) => rows.find((r) => r.id === id)?.status),
      filter((s): s is TaskStatus => s !== undefined && s !== 'pending' && s !== 'running'),
      timeout(5_000),
    ),
  );
}

describe('example: HTTP server as a long-lived standalone worker task', () => {
  let runtime: Runtime;
  let server: HttpServerTask;
  beforeEach(() => {
    runtime = createRuntime({ frames: intervalFrames(60), workers: workerPool() });
    server = new HttpServerTask(runtime, { module: fixture.url, greeting: 'hi' });
  });
  afterEach(() => runtime.dispose());

  it('starts on an ephemeral port, serves, stops: the port is closed and the row final', async () => {
    const seen: string[] = [];
    runtime.table$.subscribe(() => seen.push(server.status().state));
    expect(server.status()).toEqual({ state: 'stopped' });
    const id = server.start();
    expect(server.start()).toBe(id);
    expect(server.status()).toEqual({ state: 'starting' });
    const port = await server.whenRunning();
    expect(server.status()).toEqual({ state: 'running', port, requests: 0 });
    for (const path of ['/a', '/b', '/c'])
      await expect(httpGet(port, path)).resolves.toEqual({ status: 200, body: `hi ${path}` });
    await expect(server.stop()).resolves.toEqual({ state: 'stopped', port, requests: 3 });
    expect(server.status()).toEqual({ state: 'stopped' });
    await expect(finalRow(runtime, id)).resolves.toBe('completed');
    expect(await connectOutcome(port)).toBe('ECONNREFUSED');
    // 'starting' and 'stopping' may share a frame with the next state; the rest is fixed
    const states = seen.filter((s, i) => s !== seen[i - 1] && s !== 'starting' && s !== 'stopping');
    expect(states).toEqual(['stopped', 'running', 'stopped']);
  });

  it('closes the server and its open connections when the task is cancelled', async () => {
    const id = server.start();
    const port = await server.whenRunning();
    const socket = connect({ host: '127.0.0.1', port });
    const closed = new Promise((resolve) => socket.once('close', resolve));
    await new Promise((resolve) => socket.once('connect', resolve));
    runtime.cancel(id);
    await closed;
    await expect(finalRow(runtime, id)).resolves.toBe('cancelled');
    expect(await connectOutcome(port)).toBe('ECONNREFUSED');
    expect(server.status()).toEqual<ServerState>({ state: 'stopped' });
  });

  it('fails the task when the port is taken, and can be started again', async () => {
    const first = server.start();
    const port = await server.whenRunning();
    const rival = new HttpServerTask(runtime, { module: fixture.url, port });
    const clash = rival.start();
    await expect(rival.whenRunning()).rejects.toThrow(/stopped before/);
    expect(runtime.status(clash)).toBe('failed');
    await server.stop();
    expect(server.start()).not.toBe(first);
    await expect(server.whenRunning()).resolves.toEqual(expect.any(Number));
    await server.stop();
  });

  it('serves from a standalone worker thread, not the main thread', async () => {
    const id = server.start();
    const port = await server.whenRunning();
    const thread = await threadOf(port);
    expect(Number(thread)).toBeGreaterThan(0);
    expect(Number(thread)).not.toBe(threadId);
    const row = runtime.table$.value.find((r) => r.id === id);
    expect(row?.kind).toBe('worker');
    expect(row?.meta).toEqual({ standalone: true, worker: 'serve' });
    await expect(server.stop()).resolves.toEqual({ state: 'stopped', port, requests: 1 });
  });
});
