import { firstValueFrom, lastValueFrom, Subscription, tap, timeout } from 'rxjs';
import { WorkerCrashedError, WorkerLoadError, WorkerTaskError, TaskCancelledError } from '../../lib/errors';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { intervalFrames } from '../../lib/frames/interval-frames';
import { WorkerPool } from '../../lib/workers/worker-pool';
import { nodeWorkerTransport } from '../../lib/workers/node-worker-transport';
import type { WorkerTransport } from '../../lib/workers/worker-transport';
import { buildWorkerFixtures } from './support/worker-fixtures';

const fixtures = buildWorkerFixtures();
afterAll(() => fixtures.cleanup());

let scheduler: FrameScheduler;
let pool: WorkerPool;
let spawned = 0;
let exits: (number | undefined)[] = [];
/** Counts per test: exits of a previous test's workers land in that test's array. */
function countingTransport(): WorkerTransport {
  const inner = nodeWorkerTransport();
  const mine = { exits: [] as (number | undefined)[] };
  exits = mine.exits;
  spawned = 0;
  return {
    spawn: (o) => {
      spawned++;
      const handle = inner.spawn(o);
      const onExit = handle.onExit.bind(handle);
      handle.onExit = (listener) => onExit((exit) => (mine.exits.push(exit.code), listener(exit)));
      return handle;
    },
  };
}
beforeEach(() => {
  scheduler = new FrameScheduler({ frames: intervalFrames(120), budgetMs: 8 });
  pool = new WorkerPool({ scheduler, size: 2, transport: countingTransport() });
});
afterEach(() => {
  pool.dispose();
  scheduler.dispose();
});

const basic = (fn: string) => ({ module: fixtures.url('basic.worker.mjs'), fn });
const run = <T>(fn: string, args: unknown[] = []) => firstValueFrom(pool.exec<T>(basic(fn), args));
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as Error,
  );
const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('WorkerPool: results and progress', () => {
  it('runs functions with their arguments, sync and async', async () => {
    await expect(run('double', [21])).resolves.toBe(42);
    await expect(run('add', [2, 3])).resolves.toBe(5);
    await expect(run('later', ['x', 5])).resolves.toBe('x');
  });

  it('keeps every result with its own call', async () => {
    const all = await Promise.all(Array.from({ length: 500 }, (_, i) => run<number>('double', [i])));
    expect(all).toEqual(Array.from({ length: 500 }, (_, i) => i * 2));
  });

  it('delivers every progress value in order with progress: all, before the result', async () => {
    const seen: number[] = [];
    const result = await firstValueFrom(
      pool.exec(basic('count'), [3000], { progress: 'all', onProgress: (batch: number[]) => seen.push(...batch) }),
    );
    expect(result).toBe(3000);
    expect(seen).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
  });

  it('coalesces progress to the latest value, at most one call per frame', async () => {
    const calls: { frame: number; value: number }[] = [];
    let frame = 0;
    const stats = scheduler.stats$.subscribe(() => frame++);
    await firstValueFrom(
      pool.exec(basic('count'), [50_000], { onProgress: (v: number) => calls.push({ frame, value: v }) }),
    );
    stats.unsubscribe();
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThan(50_000);
    expect(calls[calls.length - 1]?.value).toBe(50_000);
    expect(new Set(calls.map((c) => c.frame)).size).toBe(calls.length);
    for (let i = 1; i < calls.length; i++) expect(calls[i]!.value).toBeGreaterThan(calls[i - 1]!.value);
  });

  it('delivers hooks inside frames, never inside another callback', async () => {
    let depth = 0;
    let maxDepth = 0;
    const inFrame: boolean[] = [];
    const hook = () => {
      inFrame.push(scheduler.inFrame);
      depth++;
      maxDepth = Math.max(maxDepth, depth);
      depth--;
    };
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        lastValueFrom(pool.exec(basic('count'), [i + 1], { onProgress: hook }).pipe(tap(hook))),
      ),
    );
    expect(inFrame.length).toBeGreaterThanOrEqual(40);
    expect(inFrame.every(Boolean)).toBe(true);
    expect(maxDepth).toBe(1);
  });
});

describe('WorkerPool: capacity', () => {
  it('never runs more pool workers than its size, and queues the rest', async () => {
    const ids = await Promise.all(
      Array.from({ length: 6 }, () => run<number>('sleep', [50]).then(() => pool.stats.pool)),
    );
    expect(Math.max(...ids)).toBeLessThanOrEqual(2);
    expect(spawned).toBe(2);
  });

  it('runs standalone tasks in a dedicated worker outside the pool', async () => {
    const busy = [run('sleep', [300]), run('sleep', [300])];
    await until(() => pool.stats.pool === 2);
    const standalone = firstValueFrom(pool.exec(basic('double'), [4], { standalone: true }));
    await until(() => pool.stats.standalone === 1);
    await expect(standalone).resolves.toBe(8);
    expect(pool.stats.pool).toBe(2);
    await Promise.all(busy);
    await until(() => pool.stats.standalone === 0);
    expect(spawned).toBe(3);
  });

  it('starts queued tasks in priority, then FIFO order', async () => {
    const one = new WorkerPool({ scheduler, size: 1 });
    const order: string[] = [];
    const block = firstValueFrom(one.exec(basic('sleep'), [100]));
    const runs = ['a:0', 'b:5', 'c:0', 'd:5'].map((tag) => {
      const [name, priority] = tag.split(':') as [string, string];
      return firstValueFrom(one.exec(basic('sleep'), [1], { priority: Number(priority) })).then(() => order.push(name));
    });
    await Promise.all([block, ...runs]);
    one.dispose();
    expect(order).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('WorkerPool: cancel and timeout', () => {
  it('cancels a queued task without touching the workers', async () => {
    const busy = [run('sleep', [100]), run('sleep', [100])];
    let delivered = false;
    const sub: Subscription = pool.exec(basic('double'), [1]).subscribe(() => (delivered = true));
    await until(() => pool.stats.queued === 1);
    sub.unsubscribe();
    expect(pool.stats.queued).toBe(0);
    await Promise.all(busy);
    expect(delivered).toBe(false);
    expect(exits).toEqual([]);
  });

  it('terminates the worker of a running task on cancel, and replaces it', async () => {
    const sub = pool.exec(basic('busy')).subscribe();
    await until(() => pool.stats.pool === 1);
    await new Promise((r) => setTimeout(r, 50));
    sub.unsubscribe();
    await until(() => exits.length === 1);
    await expect(run('double', [5])).resolves.toBe(10);
  });

  it('kills a busy loop on timeout', async () => {
    const e = await failure(
      lastValueFrom(
        pool
          .exec(basic('busy'))
          .pipe(timeout({ first: 200, scheduler, with: () => Promise.reject(new TaskCancelledError('t')) })),
      ),
    );
    expect(e).toBeInstanceOf(TaskCancelledError);
    await until(() => exits.length === 1);
    await expect(run('double', [2])).resolves.toBe(4);
  });
});

describe('WorkerPool: cancelGraceMs', () => {
  it('aborts ctx.signal first; a call that ends in time keeps its worker', async () => {
    const gentle = new WorkerPool({ scheduler, size: 1, cancelGraceMs: 5_000, transport: countingTransport() });
    const sub = gentle.exec(basic('cooperative')).subscribe();
    await until(() => gentle.stats.pool === 1);
    await new Promise((r) => setTimeout(r, 100));
    sub.unsubscribe();
    await expect(firstValueFrom(gentle.exec(basic('double'), [3]))).resolves.toBe(6);
    expect(exits).toEqual([]);
    expect(spawned).toBe(1);
    gentle.dispose();
  });

  it('terminates a call that ignores the signal once the grace period is over', async () => {
    const gentle = new WorkerPool({ scheduler, size: 1, cancelGraceMs: 100, transport: countingTransport() });
    const sub = gentle.exec(basic('busy')).subscribe();
    await new Promise((r) => setTimeout(r, 100));
    sub.unsubscribe();
    await until(() => exits.length === 1);
    await expect(firstValueFrom(gentle.exec(basic('double'), [3]))).resolves.toBe(6);
    expect(spawned).toBe(2);
    gentle.dispose();
  });
});

describe('WorkerPool: faults heal', () => {
  it('a throw fails the task with WorkerTaskError carrying the remote error; the worker lives', async () => {
    const e = await failure(run('fail', ['bad input']));
    expect(e).toBeInstanceOf(WorkerTaskError);
    expect((e.cause as Error).name).toBe('TypeError');
    expect((e.cause as Error).message).toBe('bad input');
    const r = await failure(run('reject', ['nope']));
    expect((r.cause as Error).name).toBe('RangeError');
    expect(exits).toEqual([]);
  });

  it('an argument that cannot be cloned fails its own task, not the batch; the worker lives', async () => {
    // (under Jest the DataCloneError comes from another realm: not `instanceof Error` here)
    const [bad, good] = await Promise.allSettled([run('double', [() => 1]), run('double', [4])]);
    expect(bad.status === 'rejected' && bad.reason).toBeInstanceOf(WorkerTaskError);
    expect(bad.status === 'rejected' && (bad.reason as Error).message).toMatch(/#double failed: /);
    expect(good).toEqual({ status: 'fulfilled', value: 8 });
    expect(exits).toEqual([]);
  });

  it('process.exit fails the task with WorkerCrashedError and the exit code; queued tasks continue', async () => {
    const crashed = failure(run('exit', [7]));
    const queued = Array.from({ length: 4 }, (_, i) => run('double', [i]));
    const e = await crashed;
    expect(e).toBeInstanceOf(WorkerCrashedError);
    expect((e as WorkerCrashedError).exitCode).toBe(7);
    await expect(Promise.all(queued)).resolves.toEqual([0, 2, 4, 6]);
  });

  it('an uncaught error in the worker is a crash with the error as cause', async () => {
    const e = await failure(run('uncaught'));
    expect(e).toBeInstanceOf(WorkerCrashedError);
    expect((e.cause as Error).message).toBe('boom later');
    await expect(run('double', [1])).resolves.toBe(2);
  });

  it('out of memory (resourceLimits) is a crash named as such', async () => {
    const small = new WorkerPool({
      scheduler,
      size: 1,
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    });
    const e = await failure(firstValueFrom(small.exec(basic('hog'))));
    expect(e).toBeInstanceOf(WorkerCrashedError);
    expect(e.message).toMatch(/out of memory/);
    await expect(firstValueFrom(small.exec(basic('double'), [3]))).resolves.toBe(6);
    small.dispose();
  }, 30_000);

  it('a missing module fails with WorkerLoadError', async () => {
    const e = await failure(firstValueFrom(pool.exec({ module: fixtures.url('nope.worker.mjs'), fn: 'x' })));
    expect(e).toBeInstanceOf(WorkerLoadError);
    expect(e.message).toMatch(/failed to load/);
  });

  it('a module that throws while loading fails with WorkerLoadError carrying the cause', async () => {
    const e = await failure(firstValueFrom(pool.exec({ module: fixtures.url('throws-on-load.worker.mjs'), fn: 'x' })));
    expect(e).toBeInstanceOf(WorkerLoadError);
    expect((e.cause as Error).message).toBe('cannot start');
  });

  it('a missing export fails with WorkerLoadError naming what the module has', async () => {
    const e = await failure(run('nope'));
    expect(e).toBeInstanceOf(WorkerLoadError);
    expect(e.message).toMatch(/no worker function "nope".*double/);
    expect(exits).toEqual([]);
  });
});
