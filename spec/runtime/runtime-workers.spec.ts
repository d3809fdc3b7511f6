import { NEVER, timer, map } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import {
  createRuntime,
  DisposedError,
  InvalidArgumentError,
  workerPool,
  WorkersNotEnabledError,
  type WorkerContext,
} from '../../lib';
import { FakeWorkerTransport, marbleFrames } from '../../lib/testing';

const fns = {
  double: (n: number) => timer(5).pipe(map(() => n * 2)),
  report: (ctx: WorkerContext) => {
    ctx.progress(0.5);
    return 'done';
  },
  forever: () => NEVER,
};

function setup() {
  const transport = new FakeWorkerTransport({ 'mesh.js': fns });
  const runtime = createRuntime({
    frames: marbleFrames(10),
    workers: workerPool({ transport, size: 2, idleTimeoutMs: 50 }),
  });
  return { runtime, transport };
}

const testScheduler = () => new TestScheduler((a, b) => expect(a).toEqual(b));

describe('runtime.workers', () => {
  it('starts no worker until used, then runs worker tasks into the same table', () => {
    testScheduler().run(({ flush }) => {
      const { runtime, transport } = setup();
      const progress: unknown[] = [];
      runtime.events$.subscribe((e) => e.type === 'progress' && progress.push(e.progress));
      expect(transport.workers).toHaveLength(0);
      const id = runtime.workers.run({ module: 'mesh.js', fn: 'double' }, [21], { description: 'double' });
      const alone = runtime.workers.run({ module: 'mesh.js', fn: 'report' }, [], { standalone: true });
      flush();
      const rows = new Map(runtime.table$.value.map((r) => [r.id, r]));
      expect(rows.get(id)).toMatchObject({ kind: 'worker', status: 'completed', description: 'double' });
      expect(runtime.getResult(id)).toBe(42);
      // progress from ctx.progress; the return value is the result only, never progress
      expect(rows.get(alone)).toMatchObject({ kind: 'worker', status: 'completed', progress: 0.5 });
      expect(progress).toEqual([0.5]);
      expect(runtime.getResult(alone)).toBe('done');
      expect(rows.get(alone)?.meta).toMatchObject({ standalone: true });
      runtime.dispose();
    });
  });

  it('dispose() cancels worker tasks and terminates every worker', () => {
    testScheduler().run(({ flush }) => {
      const { runtime, transport } = setup();
      const id = runtime.workers.run({ module: 'mesh.js', fn: 'forever' }, []);
      runtime.scheduler.schedule(() => runtime.dispose(), 30);
      flush();
      expect(transport.workers.length).toBeGreaterThan(0);
      expect(transport.alive).toHaveLength(0);
      expect(runtime.status(id)).toBe('cancelled');
      expect(() => runtime.workers).toThrow(DisposedError);
    });
  });

  it('rejects pool options that are not an object', () => {
    expect(() => createRuntime({ frames: marbleFrames(10), workers: 4 as never })).toThrow(
      /workers: expected pool options/,
    );
  });

  it('is opt-in: without workerPool() runtime.workers throws a named error and hasWorkers is false', () => {
    const runtime = createRuntime({ frames: marbleFrames(10) });
    expect(runtime.hasWorkers).toBe(false);
    expect(() => runtime.workers).toThrow(WorkersNotEnabledError);
    expect(() => runtime.workers).toThrow(/workers: workerPool\(\)/);
    expect(setup().runtime.hasWorkers).toBe(true);
  });

  it('rejects the old plain pool options, quoting them and naming workerPool()', () => {
    expect(() => createRuntime({ frames: marbleFrames(10), workers: { size: 2 } as never })).toThrow(
      'options.workers: expected pool options made by workerPool(options), e.g. createRuntime({ frames, workers: workerPool({ size: 2 }) }) (got {"size":2})',
    );
  });

  it('workerPool() checks its options at the call', () => {
    expect(() => workerPool({ size: 0 })).toThrow(InvalidArgumentError);
    expect(() => workerPool({ size: 0 })).toThrow('options.size: expected a whole number >= 1 (got 0)');
    expect(() => workerPool({ sise: 2 } as never)).toThrow('options: Unrecognized key: "sise" (got {"sise":2})');
    expect(workerPool().options).toEqual({});
  });
});
