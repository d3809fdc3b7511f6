import { TestScheduler } from 'rxjs/testing';
import { createRuntime, DisposedError, WorkerPool, workerPool, type FrameScheduler } from '../../lib';
import { FakeWorkerTransport, marbleFrames, testFrameScheduler } from '../../lib/testing';
import type { WorkerHandle, WorkerSpawnOptions, WorkerTransport } from '../../lib/workers/worker-transport';

const fns = { 'mesh.js': { double: (n: number) => n * 2 } };
const target = { module: 'mesh.js', fn: 'double' };

/** A fake transport that notes, for every spawn and every message posted, whether a frame was running. */
function watched(inFrame: () => boolean): { transport: WorkerTransport; log: string[]; fake: FakeWorkerTransport } {
  const fake = new FakeWorkerTransport(fns);
  const log: string[] = [];
  const where = () => (inFrame() ? 'in frame' : 'after frame');
  const transport: WorkerTransport = {
    defer: fake.defer,
    spawn(options: WorkerSpawnOptions): WorkerHandle {
      log.push(`spawn ${where()}`);
      const handle = fake.spawn(options);
      const post = handle.postMessage.bind(handle);
      handle.postMessage = (message, transfer) => {
        log.push(`post ${where()}`);
        post(message, transfer);
      };
      return handle;
    },
  };
  return { transport, log, fake };
}

/**
 * Runs `use` with a one-worker pool on test frames (in virtual time) and returns what the
 * transport saw and how many workers it started.
 */
function inPool(use: (pool: WorkerPool, scheduler: FrameScheduler) => void): { log: string[]; workers: number } {
  let seen = { log: [] as string[], workers: 0 };
  new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ flush }) => {
    const scheduler = testFrameScheduler();
    const w = watched(() => scheduler.inFrame);
    const pool = new WorkerPool({ scheduler, transport: w.transport, size: 1 });
    use(pool, scheduler);
    flush();
    seen = { log: w.log, workers: w.fake.workers.length };
    pool.dispose();
    scheduler.dispose();
  });
  return seen;
}

describe('WorkerPool: only starting a worker waits for the end of the frame', () => {
  it('starts a worker for a call made in a frame right after that frame, and sends it there', () => {
    const results: unknown[] = [];
    const { log } = inPool((pool, scheduler) =>
      scheduler.schedule(() => pool.exec(target, [21]).subscribe((v) => results.push(v))),
    );
    expect(log).toEqual(['spawn after frame', 'post after frame']);
    expect(results).toEqual([42]);
  });

  it('sends a call made in a frame to an idle worker at once, inside the frame', () => {
    const results: unknown[] = [];
    const { log } = inPool((pool, scheduler) =>
      pool.exec(target, [1]).subscribe((v) => {
        results.push(v);
        // the worker is idle now: a call made on the next frame goes to it within that frame
        scheduler.schedule(() => pool.exec(target, [2]).subscribe((v2) => results.push(v2)));
      }),
    );
    expect(log).toEqual(['spawn after frame', 'post after frame', 'post in frame']);
    expect(results).toEqual([2, 4]);
  });

  it('never starts a standalone worker for a call cancelled in the frame it was made in', () => {
    const { log } = inPool((pool, scheduler) =>
      scheduler.schedule(() => pool.exec(target, [1], { standalone: true }).subscribe().unsubscribe()),
    );
    expect(log).toEqual([]);
  });

  it('fails a call whose worker had not started yet when the pool is disposed', () => {
    const errors: unknown[] = [];
    const { workers } = inPool((pool, scheduler) =>
      scheduler.schedule(() => {
        for (const standalone of [false, true])
          pool.exec(target, [1], { standalone }).subscribe({ error: (e) => errors.push(e) });
        pool.dispose();
      }),
    );
    expect(workers).toBe(0);
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e instanceof DisposedError)).toBe(true);
  });

  it('runtime.workers: a worker task started in a frame reaches an idle worker within that frame', () => {
    let log: string[] = [];
    const results: unknown[] = [];
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ flush }) => {
      let inFrame = () => false;
      const w = watched(() => inFrame());
      log = w.log;
      const runtime = createRuntime({
        frames: marbleFrames(10),
        workers: workerPool({ transport: w.transport, size: 1 }),
      });
      inFrame = () => runtime.scheduler.inFrame;
      const first = runtime.workers.run(target, [1]);
      runtime.result(first).subscribe((v) => {
        results.push(v);
        runtime.result(runtime.workers.run(target, [2])).subscribe((v2) => results.push(v2));
      });
      flush();
      runtime.dispose();
    });
    expect(log).toEqual(['spawn after frame', 'post after frame', 'post in frame']);
    expect(results).toEqual([2, 4]);
  });
});
