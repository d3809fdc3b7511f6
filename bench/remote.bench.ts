import { spawnSync } from 'node:child_process';
import { startRedisProcess } from '../examples/remote/redis-process.js';
import { interleaved, ratio, record } from './interleaved.js';
import { bullmqSide, frametasksSide, type RemoteContestant } from './remote-contestants.js';

const JOBS = 2_000;
const LATENCY_JOBS = 50;
const CONCURRENCY = 50;

/**
 * Issue 12's benchmark, against a redis-server started here (skipped with a note when it
 * is not installed): `remote.msAddToCompleted`, the median latency of one trivial job from
 * `run()` to its row `completed` (the same for bare BullMQ: add → `completed` event), and
 * `remote.vsBullmq`, the throughput of 2,000 trivial jobs through frametasks (remoteQueue +
 * serveQueue, a task row each) over bare BullMQ (Queue + Worker + QueueEvents), same
 * concurrency, interleaved rounds (9 for throughput, 5 for latency): median with min and max.
 */
export default async function remoteBench(): Promise<Record<string, number>> {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    console.log('redis-server is not installed: remote benchmarks skipped (apt-get install -y redis-server)');
    return {};
  }
  const redis = await startRedisProcess();
  const connection = { host: '127.0.0.1', port: redis.port };
  const m: Record<string, number> = {};
  try {
    const sides: RemoteContestant[] = [];
    const once = async (make: typeof frametasksSide, run: (side: RemoteContestant) => Promise<number>) => {
      const side = await make(connection, CONCURRENCY); // connecting is not timed
      sides.push(side);
      try {
        return await run(side);
      } finally {
        await side.close();
      }
    };
    const throughput = await interleaved(
      {
        frametasks: () => once(frametasksSide, (s) => s.jobs(JOBS)).then((ms) => (JOBS / ms) * 1000),
        bullmq: () => once(bullmqSide, (s) => s.jobs(JOBS)).then((ms) => (JOBS / ms) * 1000),
      },
      { repetitions: 9 },
    ); // the machine's noise is larger than the gap: more rounds for a steadier median
    record(m, 'remote.jobsPerSecond', throughput.frametasks);
    record(m, 'remote.jobsPerSecond.bullmq', throughput.bullmq);
    record(m, 'remote.vsBullmq', ratio(throughput.frametasks, throughput.bullmq));
    const latency = await interleaved({
      frametasks: () => once(frametasksSide, (s) => s.latency(LATENCY_JOBS)),
      bullmq: () => once(bullmqSide, (s) => s.latency(LATENCY_JOBS)),
    });
    record(m, 'remote.msAddToCompleted', latency.frametasks);
    record(m, 'remote.msAddToCompleted.bullmq', latency.bullmq);
  } finally {
    await redis.stop();
  }
  console.table(Object.entries(m).map(([metric, value]) => ({ metric, value: Math.round(value * 1000) / 1000 })));
  return m;
}
