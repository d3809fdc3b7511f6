import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A redis-server this test started on 127.0.0.1, stopped by its pid. */
export interface RedisInstance {
  readonly port: number;
  readonly connection: { host: string; port: number };
  /** Kills it (SIGKILL) and waits for the exit. */
  kill(): Promise<void>;
  /** Starts it again on the same port (and data dir). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** A free port on 127.0.0.1 (bound, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Throws a clear error when redis-server is not installed (the remote tests need it; `.ci/run` installs it). */
export function requireRedisServer(): void {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new Error(
      'redis-server is not installed: run `apt-get install -y redis-server` (the remote tests need a real Redis)',
    );
  }
}

/**
 * Starts Debian's redis-server on a free loopback port with persistence off, or, with
 * `persistent`, with an append-only file fsynced on every write in a temp dir (so a
 * killed and restarted Redis keeps its jobs).
 */
export async function startRedis(persistent = false): Promise<RedisInstance> {
  requireRedisServer();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'frametasks-redis-'));
  const persistence = persistent ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--dir', dir];
  let child: ChildProcess = await launch(args);
  const stopChild = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(child.pid ?? 0, signal);
    await exited;
  };
  return {
    port,
    connection: { host: '127.0.0.1', port },
    kill: () => stopChild('SIGKILL'),
    restart: async () => {
      child = await launch(args);
    },
    stop: async () => {
      await stopChild('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function launch(args: string[]): Promise<ChildProcess> {
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${log}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (/Ready to accept connections/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`redis-server exited (${code}):\n${log}`))));
  });
  child.stdout?.resume();
  child.removeAllListeners('exit');
  return child;
}
