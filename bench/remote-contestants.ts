import { Queue, QueueEvents, Worker, type RedisOptions } from 'bullmq';
import { createRuntime, intervalFrames } from '../lib/index.js';
import { remoteQueue, serveQueue } from '../lib/remote/index.js';

/** One side of the remote bench: connected (untimed), then `jobs(n)` → ms, `latency(n)` → median ms, then closed. */
export interface RemoteContestant {
  /** Ms to push `n` trivial jobs through (first add → last completed). */
  jobs(n: number): Promise<number>;
  /** Median ms of `n` sequential jobs, add → completed. */
  latency(n: number): Promise<number>;
  close(): Promise<void>;
}

let queues = 0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Median ms of `n` jobs one after the other: `submit(i)` starts one, `ended()` resolves when it completed. */
async function sequential(n: number, submit: (i: number) => void, ended: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const done = ended();
    submit(i);
    await done;
    times.push(performance.now() - start);
  }
  return median(times);
}

/** frametasks: remoteQueue on a runtime (60 fps frames) + serveQueue, a task row per job. */
export async function frametasksSide(connection: RedisOptions, concurrency: number): Promise<RemoteContestant> {
  const name = `bench-ft-${++queues}`;
  const server = serveQueue({ queue: name, connection, concurrency }, { noop: () => 1 });
  const runtime = createRuntime({ frames: intervalFrames(60) });
  const q = remoteQueue(runtime, { queue: name, connection });
  await Promise.all([server.ready(), q.ready()]);
  const ended = (count: number) =>
    new Promise<void>((resolve) => {
      let left = count;
      const sub = runtime.events$.subscribe((e) => {
        if (e.type !== 'completed' || --left > 0) return;
        sub.unsubscribe();
        resolve();
      });
    });
  return {
    async jobs(n) {
      const ids: string[] = new Array<string>(n);
      const start = performance.now();
      const done = ended(n);
      for (let i = 0; i < n; i++) ids[i] = q.run('noop', i);
      await done;
      // the clock stops when every row is terminal: checking the results and clearing the
      // rows after is housekeeping that bare BullMQ has no counterpart for, so it is not timed
      const ms = performance.now() - start;
      const wrong = ids.filter((id) => runtime.status(id) !== 'completed' || runtime.getResult(id) !== 1);
      if (wrong.length > 0) throw new Error(`${wrong.length} of ${n} remote jobs did not complete with their result`);
      runtime.clearFinished();
      return ms;
    },
    async latency(n) {
      const ms = await sequential(
        n,
        (i) => q.run('noop', i),
        () => ended(1),
      );
      runtime.clearFinished();
      return ms;
    },
    async close() {
      runtime.dispose();
      await q.close();
      await server.close();
    },
  };
}

/** Bare BullMQ: Queue + Worker + QueueEvents, completions counted from the events. */
export async function bullmqSide(connection: RedisOptions, concurrency: number): Promise<RemoteContestant> {
  const name = `bench-bare-${++queues}`;
  const options = { connection: { ...connection, maxRetriesPerRequest: null } };
  const queue = new Queue(name, options);
  const worker = new Worker(name, async () => 1, { ...options, concurrency });
  const events = new QueueEvents(name, options);
  await Promise.all([queue.waitUntilReady(), worker.waitUntilReady(), events.waitUntilReady()]);
  await new Promise((r) => setTimeout(r, 200)); // the events reader is blocking on the stream
  const ended = (count: number) => completedEvents(events, count);
  return {
    async jobs(n) {
      const start = performance.now();
      const done = ended(n);
      for (let i = 0; i < n; i++) void queue.add('noop', i);
      await done;
      return performance.now() - start;
    },
    latency: (n) =>
      sequential(
        n,
        (i) => void queue.add('noop', i),
        () => ended(1),
      ),
    async close() {
      await worker.close();
      await events.close();
      await queue.close();
    },
  };
}

/**
 * Resolves once `events` has reported `count` completed jobs (bare BullMQ's way of knowing a
 * batch is done).
 *
 * @example
 * ```ts
 * const done = completedEvents(events, 2_000);
 * for (let i = 0; i < 2_000; i++) void queue.add('noop', i);
 * await done;
 * ```
 */
export function completedEvents(events: QueueEvents, count: number): Promise<void> {
  return new Promise<void>((resolve) => {
    let left = count;
    const onCompleted = () => {
      if (--left > 0) return;
      events.off('completed', onCompleted);
      resolve();
    };
    events.on('completed', onCompleted);
  });
}
