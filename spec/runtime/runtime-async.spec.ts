import { hostFrames } from '../../lib/frames/host-frames';
import { createRuntime } from '../../lib/runtime/create-runtime';
import type { Runtime } from '../../lib/runtime/runtime';
import { TaskNotFinishedError } from '../../lib/errors';

const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** Ticks frames until `done()` or 20 frames, letting microtasks settle in between. */
async function pump(host: ReturnType<typeof hostFrames>, done: () => boolean): Promise<void> {
  for (let i = 0; i < 20 && !done(); i++) {
    host.tick();
    await flush();
  }
}

describe('Runtime with promises and async iterables (host frames, microtasks only)', () => {
  let host: ReturnType<typeof hostFrames>;
  let runtime: Runtime;
  beforeEach(() => {
    host = hostFrames();
    runtime = createRuntime({ frames: host.frames });
  });
  afterEach(() => runtime.dispose());

  it('resolves a promise task; the result promise settles on a frame', async () => {
    const id = runtime.run(async () => 'ok');
    let value: unknown;
    void runtime.resultPromise(id).then((v) => (value = v));
    expect(() => runtime.getResult(id)).toThrow(TaskNotFinishedError);
    await pump(host, () => value !== undefined);
    expect(value).toBe('ok');
    expect(runtime.getResult(id)).toBe('ok');
    expect(runtime.scheduler.framesActive).toBe(false);
  });

  it('fails on a rejected promise', async () => {
    const id = runtime.run(() => Promise.reject(new Error('nope')));
    const settled = runtime.resultPromise(id).catch((e: Error) => e.message);
    await pump(host, () => runtime.status(id) === 'failed');
    await pump(host, () => false);
    await expect(settled).resolves.toBe('nope');
  });

  it('aborts the signal on cancel and ignores the late resolution', async () => {
    let aborted: unknown;
    let resolveIt: (v: string) => void = () => undefined;
    const id = runtime.run(
      (signal: AbortSignal) =>
        new Promise<string>((resolve) => {
          resolveIt = resolve;
          signal.addEventListener('abort', () => (aborted = signal.reason));
        }),
    );
    await pump(host, () => runtime.status(id) === 'running');
    runtime.cancel(id);
    resolveIt('late');
    await flush();
    expect((aborted as Error).name).toBe('TaskCancelledError');
    expect(runtime.status(id)).toBe('cancelled');
    expect(() => runtime.getResult(id)).toThrow('cancelled');
  });

  it('aborts the signal on timeout (counted from the start on the frame clock)', async () => {
    let aborted: unknown;
    const id = runtime.run(
      (signal: AbortSignal) => new Promise(() => signal.addEventListener('abort', () => (aborted = signal.reason))),
      { timeout: 1 },
    );
    const t0 = performance.now();
    while (runtime.status(id) !== 'timeout' && performance.now() - t0 < 2000) {
      host.tick();
      await new Promise((r) => setImmediate(r));
    }
    expect(runtime.status(id)).toBe('timeout');
    expect((aborted as Error).name).toBe('TaskTimeoutError');
  });

  it('iterates an async generator: yields are progress, the last one the result', async () => {
    const progress: unknown[] = [];
    runtime.events$.subscribe((e) => e.type === 'progress' && progress.push(e.progress));
    const id = runtime.run(
      (async function* () {
        yield 1;
        await Promise.resolve();
        yield 2;
      })(),
    );
    await pump(host, () => runtime.status(id) === 'completed');
    expect(progress).toEqual([1, 2]);
    expect(runtime.getResult(id)).toBe(2);
  });

  it('reports explicit progress from ctx.progress', async () => {
    const progress: unknown[] = [];
    runtime.events$.subscribe((e) => e.type === 'progress' && progress.push(e.progress));
    const id = runtime.run(async (_signal: AbortSignal, ctx) => {
      ctx.progress({ pct: 50 });
      return 'x';
    });
    await pump(host, () => runtime.status(id) === 'completed');
    await pump(host, () => runtime.table$.value[0]?.status === 'completed');
    expect(progress).toEqual([{ pct: 50 }, 'x']);
    expect(runtime.table$.value[0]).toMatchObject({ progress: 'x', status: 'completed' });
  });
});
