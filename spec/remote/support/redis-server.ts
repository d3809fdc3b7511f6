import { spawnSync } from 'node:child_process';
import { startRedisProcess } from '../../../examples/remote/redis-process';

export { freePort } from '../../../examples/remote/redis-process';

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
 * `persistent`, with an append-only file fsynced on every write (so a killed and
 * restarted Redis keeps its jobs).
 */
export async function startRedis(persistent = false): Promise<RedisInstance> {
  requireRedisServer();
  const redis = await startRedisProcess(persistent);
  return { ...redis, connection: { host: '127.0.0.1', port: redis.port } };
}
