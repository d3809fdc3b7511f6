import { Redis } from 'ioredis';
import { createRuntime, intervalFrames, type Runtime, type TaskRow } from '../../../lib';
import { remoteQueue, type RemoteQueue } from '../../../lib/remote/remote-queue';
import type { RemoteQueueOptions } from '../../../lib/remote/remote-queue-options';
import type { RedisInstance } from './redis-server';

/** Polls `check` every 20 ms until it returns a value other than undefined/false, or throws after `ms`. */
export async function until<T>(what: string, check: () => T | undefined | false, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function row(runtime: Runtime, id: string): TaskRow | undefined {
  return runtime.table$.value.find((r) => r.id === id);
}

/** Waits for the row to reach `status` (or any terminal status when omitted). */
export function untilStatus(runtime: Runtime, id: string, status?: TaskRow['status'], ms?: number): Promise<TaskRow> {
  const terminal = ['completed', 'failed', 'cancelled', 'timeout'];
  return until(
    `task ${id} to be ${status ?? 'finished'} (it is ${row(runtime, id)?.status})`,
    () => {
      const r = row(runtime, id);
      return r && (status ? r.status === status : terminal.includes(r.status)) ? r : undefined;
    },
    ms,
  );
}

/** A runtime plus a remote queue on it, and a plain Redis client for checks. */
export function remoteSetup(
  redis: RedisInstance,
  queue: string,
  options: Partial<RemoteQueueOptions> = {},
): { runtime: Runtime; q: RemoteQueue; redis: Redis; done(): Promise<void> } {
  const runtime = createRuntime({ frames: intervalFrames(60) });
  const q = remoteQueue(runtime, { queue, connection: redis.connection, silentAfter: 2_000, ...options });
  const client = new Redis({ ...redis.connection, maxRetriesPerRequest: null });
  client.on('error', () => undefined);
  return {
    runtime,
    q,
    redis: client,
    done: async () => {
      runtime.dispose();
      await q.close();
      client.disconnect();
    },
  };
}
