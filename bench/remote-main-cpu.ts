import { spawn, type ChildProcess } from 'node:child_process';
import { Queue, QueueEvents, type RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { startRedisProcess } from '../examples/remote/redis-process.js';
import { createRuntime, intervalFrames } from '../lib/index.js';
import { remoteQueue } from '../lib/remote/index.js';
import { ratio } from './interleaved.js';
import { completedEvents } from './remote-contestants.js';
import { alternatedRounds } from './remote-rounds.js';

/**
 * The main side's CPU per job alone (not part of `npm run bench`; run it with
 * `node scripts/run-ts.mjs bench/remote-main-cpu.ts`): the workers are bare BullMQ Workers
 * in a child process, the same for both sides, so this process's CPU is frametasks'
 * remoteQueue + runtime (a row per job, completions counted on `events$` as the bench
 * does) against bare BullMQ's Queue + QueueEvents, 2,000 trivial jobs a round, alternated.
 * `remote.cpuVsBullmq` mixes both sides of the job in one process; this isolates the side
 * the gap is on.
 */
const JOBS = 2_000;
const ROUNDS = Number(process.env.ROUNDS ?? 12);
let queues = 0;

/** Starts a Worker (concurrency 50, returns 1) in `child` for each queue name it is sent. */
function startWorkers(port: number): ChildProcess {
  const js = `const { Worker } = require('bullmq');
const connection = { host: '127.0.0.1', port: ${port}, maxRetriesPerRequest: null };
process.on('message', (name) => new Worker(name, async () => 1, { connection, concurrency: 50 }).waitUntilReady().then(() => process.send(name)));
process.on('disconnect', () => process.exit(0));`;
  return spawn(process.execPath, ['-e', js], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

/** A queue name whose worker is ready in the child. */
async function servedQueue(child: ChildProcess, side: string): Promise<string> {
  const name = `main-cpu-${side}-${++queues}`;
  const ready = new Promise((r) => child.once('message', r));
  child.send(name);
  await ready;
  return name;
}

/** µs of this process's CPU per job while `run` pushes the jobs through. */
async function cpuPerJob(run: () => Promise<void>): Promise<number> {
  const before = process.cpuUsage();
  await run();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / JOBS;
}

async function frametasksRound(child: ChildProcess, connection: RedisOptions): Promise<number> {
  const queue = await servedQueue(child, 'ft');
  const runtime = createRuntime({ frames: intervalFrames(60) });
  const q = remoteQueue(runtime, { queue, connection });
  await q.ready();
  try {
    return await cpuPerJob(async () => {
      const done = new Promise<void>((resolve) => {
        let left = JOBS;
        const sub = runtime.events$.subscribe((e) => {
          if (e.type !== 'completed' || --left > 0) return;
          sub.unsubscribe();
          resolve();
        });
      });
      for (let i = 0; i < JOBS; i++) q.run('noop', i);
      await done;
    });
  } finally {
    runtime.dispose();
    await q.close();
  }
}

async function bullmqRound(child: ChildProcess, connection: RedisOptions): Promise<number> {
  const name = await servedQueue(child, 'bare');
  const options = { connection: { ...connection, maxRetriesPerRequest: null } };
  const queue = new Queue(name, options);
  const events = new QueueEvents(name, options);
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
  await new Promise((r) => setTimeout(r, 200)); // the events reader is blocking on the stream
  try {
    return await cpuPerJob(async () => {
      const done = completedEvents(events, JOBS);
      for (let i = 0; i < JOBS; i++) void queue.add('noop', i);
      await done;
    });
  } finally {
    await events.close();
    await queue.close();
  }
}

const redis = await startRedisProcess();
const connection = { host: '127.0.0.1', port: redis.port };
const admin = new Redis(connection);
const child = startWorkers(redis.port);
try {
  const cpu = await alternatedRounds(
    { frametasks: () => frametasksRound(child, connection), bullmq: () => bullmqRound(child, connection) },
    { rounds: ROUNDS, warmup: 4, between: async () => void (await admin.flushall()) },
  );
  const rounded = (xs: readonly number[]) => xs.map((x) => x.toFixed(0)).join(' ');
  console.log(
    `main side CPU µs/job, frametasks: ${cpu.frametasks.median.toFixed(1)} [${rounded(cpu.frametasks.samples)}]`,
  );
  console.log(`main side CPU µs/job, bare BullMQ: ${cpu.bullmq.median.toFixed(1)} [${rounded(cpu.bullmq.samples)}]`);
  console.log(`ratio round by round: ${ratio(cpu.frametasks, cpu.bullmq).median.toFixed(3)}`);
} finally {
  child.disconnect();
  admin.disconnect();
  await redis.stop();
}
