import { spawn, type ChildProcess } from 'node:child_process';
import { createRuntime, formatTable, intervalFrames, isTerminal, type TaskStatus } from '../../lib/index.js';
import { remoteQueue } from '../../lib/remote/index.js';
import { startRedisProcess } from './redis-process.js';

/** What the demo needs: the worker script to start (twice), and where Redis is (else it starts one). */
export interface RemoteDemoOptions {
  readonly workerScript: string;
  readonly redisUrl?: string | undefined;
  readonly log: (text: string) => void;
}

/** Starts a worker process and waits until it says it is ready. */
function startWorker(script: string, url: string, queue: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script, url, queue], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a worker did not start within 15 s')), 15_000);
    child.stdout?.on(
      'data',
      (chunk: Buffer) => /ready/.test(chunk.toString()) && (clearTimeout(timer), resolve(child)),
    );
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`a worker exited early (${code})`))));
  });
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM'); // graceful: it finishes its jobs (none left) and closes its connections
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The remote example: Redis (started here unless `redisUrl`), two worker processes, jobs
 * of every outcome in one live table; everything is stopped at the end. Returns each
 * task's final status by description.
 */
export async function runRemoteDemo({
  workerScript,
  redisUrl,
  log,
}: RemoteDemoOptions): Promise<Record<string, TaskStatus>> {
  const redis = redisUrl ? undefined : await startRedisProcess();
  const url = redisUrl ?? `redis://127.0.0.1:${redis?.port}`;
  const queue = `renders-${process.pid}`;
  const workers: ChildProcess[] = [];
  const runtime = createRuntime({ frames: intervalFrames(30) });
  try {
    workers.push(...(await Promise.all([0, 1].map(() => startWorker(workerScript, url, queue)))));
    log(`redis at ${url}, workers ${workers.map((w) => w.pid).join(' and ')} serve queue "${queue}"`);
    const { hostname, port } = new URL(url);
    const renders = remoteQueue(runtime, { queue, connection: { host: hostname, port: Number(port) } });
    renders.run('render', { scene: 'forest', frames: 12 }, { description: 'render forest' });
    renders.run('render', { scene: 'city', frames: 8 }, { description: 'render city' });
    renders.run('broken', { scene: 'void' }, { description: 'render void (throws)' });
    renders.run('paint', {}, { description: 'paint (no such function)' });
    renders.run(
      'render',
      { scene: 'ocean', frames: 500 },
      { description: 'render ocean (800 ms timeout)', timeout: 800 },
    );
    const desert = renders.run(
      'render',
      { scene: 'desert', frames: 500 },
      { description: 'render desert (cancelled)' },
    );
    const later = renders.run(
      'render',
      { scene: 'moon', frames: 5 },
      { description: 'moon (cancelled queued)', job: { delay: 60_000 } },
    );

    const live = setInterval(() => log(formatTable(runtime.table$.value)), 400);
    const cancelWhenRunning = setInterval(() => {
      if (runtime.status(desert) !== 'running') return;
      runtime.cancel(desert); // a running job: its worker is told through Redis to stop
      runtime.cancel(later); // a queued (delayed) job: removed from Redis
      clearInterval(cancelWhenRunning);
    }, 50);
    const end = Date.now() + 30_000;
    const done = () => runtime.table$.value.length === 7 && runtime.table$.value.every((r) => isTerminal(r.status));
    while (!done() && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
    }
    clearInterval(live);
    clearInterval(cancelWhenRunning);
    log(formatTable(runtime.table$.value));
    await renders.close();
    return Object.fromEntries(runtime.table$.value.map((r) => [r.description, r.status]));
  } finally {
    runtime.dispose();
    await Promise.all(workers.map(stopWorker));
    await redis?.stop();
  }
}
