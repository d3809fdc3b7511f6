import { TaskTimeoutError, WorkerCrashedError, WorkerTaskError, ErrorCodes } from '../../lib/errors';
import { intervalFrames } from '../../lib/frames/interval-frames';
import { createRuntime } from '../../lib/runtime/create-runtime';
import { workerPool } from '../../lib/workers/worker-pool-factory';
import type { TaskEvent } from '../../lib/tasks/task-event';
import { LiveCounter } from '../support/counting';
import { CountingWorkerTransport } from '../support/counting-worker-transport';
import { expectLifecycles } from '../support/pumped-runtime';
import { buildWorkerFixtures } from '../workers/support/worker-fixtures';
import { planWorkerFaults, type PlannedCall } from './fixtures/worker-fault-plan';

// 1,000 under RELIABILITY_RUNS (or any count in WORKER_FAULT_TASKS); 300 by default (~3 s on 2 cores).
const TASKS = Number(process.env.WORKER_FAULT_TASKS ?? (process.env.RELIABILITY_RUNS ? 1_000 : 300));
const SEED = Number(process.env.WORKER_FAULT_SEED ?? 7);
const SIZE = 2;
const HANG_TIMEOUT_MS = 300;
/** Everything must have settled by then; generous for a loaded 2-core machine (measured ~10 ms a task). */
const SETTLE_BOUND_MS = 60_000 + TASKS * 200;

const fixtures = buildWorkerFixtures();
afterAll(() => fixtures.cleanup());

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

async function until(what: string, check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** What the call must have ended as; a message naming the call when it did not. */
function mismatch(call: PlannedCall, status: string, outcome: Outcome): string | undefined {
  const where = `#${call.index} ${call.fn}(${call.args.join(', ')}) [seed ${SEED}]`;
  const error = outcome.ok ? undefined : (outcome.error as Error & { code?: string; exitCode?: number });
  const cause = error?.cause as (Error & { code?: string }) | undefined;
  const ok = (() => {
    switch (call.fault) {
      case undefined:
        return status === 'completed' && outcome.ok && outcome.value === call.expected;
      case 'throw':
      case 'reject':
        return (
          status === 'failed' &&
          error instanceof WorkerTaskError &&
          error.code === ErrorCodes.workerTask &&
          cause?.name === (call.fault === 'throw' ? 'TypeError' : 'RangeError') &&
          cause.message === call.args[0]
        );
      case 'exit':
        return (
          status === 'failed' &&
          error instanceof WorkerCrashedError &&
          error.code === ErrorCodes.workerCrashed &&
          error.exitCode === call.args[0]
        );
      case 'oom':
        return (
          status === 'failed' &&
          error instanceof WorkerCrashedError &&
          /out of memory/.test(error.message) &&
          cause?.code === 'ERR_WORKER_OUT_OF_MEMORY'
        );
      case 'hang':
        return status === 'timeout' && error instanceof TaskTimeoutError && error.code === ErrorCodes.taskTimeout;
    }
  })();
  if (ok) return undefined;
  const got = outcome.ok ? `value ${JSON.stringify(outcome.value)}` : `${String(error?.name)}: ${error?.message}`;
  return `${where}, expected ${call.fault ?? JSON.stringify(call.expected)}: ${status}, ${got}`;
}

describe(`worker fault matrix under load (${TASKS} tasks, a tenth faulty, pool of ${SIZE})`, () => {
  it(
    'healthy calls get their results, faulty ones their status, the pool stays at its size and nothing leaks',
    async () => {
      const frames = new LiveCounter();
      const transport = new CountingWorkerTransport();
      const runtime = createRuntime({
        frames: frames.wrap(intervalFrames(120)),
        maxConcurrent: 3 * SIZE, // some calls wait in the pool, short ones join busy workers
        workers: workerPool({
          size: SIZE,
          transport,
          idleTimeoutMs: 300,
          resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
        }),
      });
      const pool = runtime.workers.pool;
      const events: TaskEvent[] = [];
      const errors: unknown[] = [];
      let maxPool = 0;
      const subscriptions = [
        runtime.events$.subscribe((e) => events.push(e)),
        runtime.scheduler.errors$.subscribe((e) => errors.push(e)),
        runtime.scheduler.stats$.subscribe(() => (maxPool = Math.max(maxPool, pool.stats.pool))),
      ];
      const target = (fn: string) => ({ module: fixtures.url('basic.worker.mjs'), fn });
      try {
        const calls = planWorkerFaults(TASKS, SEED);
        const ids = calls.map((c) =>
          runtime.workers.run(target(c.fn), c.args, c.fault === 'hang' ? { timeout: HANG_TIMEOUT_MS } : {}),
        );
        const outcomes = ids.map((id) =>
          runtime.resultPromise(id).then(
            (value): Outcome => ({ ok: true, value }),
            (error: unknown): Outcome => ({ ok: false, error }),
          ),
        );
        // nothing hangs: every call settles within the bound (else: which ones are still open)
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), SETTLE_BOUND_MS)));
        const first = await Promise.race([Promise.all(outcomes), late]);
        clearTimeout(timer);
        const open = ids.filter((id) => !['completed', 'failed', 'timeout'].includes(runtime.status(id)));
        expect({ late: first === 'late', open: open.slice(0, 10) }).toEqual({ late: false, open: [] });

        const settled = await Promise.all(outcomes);
        const wrong = calls.flatMap((c, i) => mismatch(c, runtime.status(ids[i]!), settled[i]!) ?? []);
        expect(wrong).toEqual([]);
        expectLifecycles(events);
        expect(errors).toEqual([]);

        // the pool held at most its size at every spawn and every frame, and healed each crash
        expect(transport.maxHeld).toBeLessThanOrEqual(SIZE);
        expect(maxPool).toBeLessThanOrEqual(SIZE);
        const crashing = calls.filter((c) => c.fault === 'exit' || c.fault === 'oom').length;
        expect(transport.crashes.length).toBe(crashing);
        expect(pool.stats.queued).toBe(0);
        expect(pool.stats.pool).toBeLessThanOrEqual(SIZE);

        // idle workers go away by themselves after the storm…
        await until('idle pool', () => pool.stats.pool === 0 && transport.live === 0);
        // …and the pool still works at full size
        const again = Array.from({ length: 4 * SIZE }, (_, i) => runtime.workers.run(target('spin'), [i % 3]));
        await expect(Promise.all(again.map((id) => runtime.resultPromise(id)))).resolves.toEqual(
          again.map((_, i) => i % 3),
        );
        // dispose mid-work: a call spinning in a worker, its timeout holding the frame source
        const stuck = runtime.workers.run(target('busy'), [], { timeout: 600_000 });
        await until('a worker running the stuck call', () => runtime.status(stuck) === 'running' && transport.held > 0);
        expect(frames.live).toBe(1);
      } finally {
        for (const s of subscriptions) s.unsubscribe();
        runtime.dispose();
      }
      // dispose terminates every worker at once and lets go of the frame source
      expect(transport.held).toBe(0);
      expect(pool.stats).toEqual({ pool: 0, standalone: 0, queued: 0 });
      expect(frames.live).toBe(0);
      await until('every worker thread exited', () => transport.live === 0);
    },
    SETTLE_BOUND_MS + 60_000,
  );
});
