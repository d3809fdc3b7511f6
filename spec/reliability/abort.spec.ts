import { TaskCancelledError } from '../../lib/errors';
import { later } from '../../lib/timing/later';
import { pumpedRuntime } from '../support/pumped-runtime';
import { pumpUntilIdle } from '../support/settle';

/** Promise work that honours its signal and otherwise never settles; counts live calls. */
function abortable(live: { count: number; aborted: number }) {
  return (signal: AbortSignal) =>
    new Promise<number>((_resolve, reject) => {
      live.count++;
      signal.addEventListener('abort', () => {
        live.count--;
        live.aborted++;
        reject(signal.reason);
      });
    });
}

describe("p-queue's abort bugs do not happen here", () => {
  it('a task cancelled before it starts never runs and never hangs its result', async () => {
    const world = pumpedRuntime({ maxConcurrent: 1 });
    let called = 0;
    const id = world.runtime.run(async () => ++called);
    world.runtime.cancel(id);
    const outcome = world.runtime.resultPromise(id).catch((e: unknown) => e);
    await pumpUntilIdle(world);
    expect(await outcome).toBeInstanceOf(TaskCancelledError);
    expect(called).toBe(0);
    expect(world.pump.active).toBe(false);
  });

  it('an owner signal aborted before the call drops it at once, nothing stays scheduled', () => {
    const world = pumpedRuntime();
    let called = 0;
    const handle = later(world.runtime.scheduler, () => called++, { owner: AbortSignal.abort() });
    expect(handle.closed).toBe(true);
    world.pump.advance(3);
    expect(called).toBe(0);
    expect(world.runtime.scheduler.pendingCount).toBe(0);
    expect(world.pump.active).toBe(false);
  });

  it('cancelling a running and a pending task together does not stall the queue (maxConcurrent 1)', async () => {
    const world = pumpedRuntime({ maxConcurrent: 1 });
    const live = { count: 0, aborted: 0 };
    const running = world.runtime.run(abortable(live));
    const pending = world.runtime.run(abortable(live));
    const next = world.runtime.run(async () => 'next');
    world.pump.frame();
    expect(world.runtime.status(running)).toBe('running');
    world.runtime.cancel(pending);
    world.runtime.cancel(running);
    const result = world.runtime.resultPromise(next);
    await pumpUntilIdle(world);
    await expect(result).resolves.toBe('next');
    expect(live).toEqual({ count: 0, aborted: 1 });
    expect(world.runtime.status(pending)).toBe('cancelled');
    expect(world.pump.active).toBe(false);
  });

  it('cancelActive over many running and pending promise tasks leaves the queue usable', async () => {
    const world = pumpedRuntime({ maxConcurrent: 3 });
    const live = { count: 0, aborted: 0 };
    for (let i = 0; i < 20; i++) world.runtime.run(abortable(live));
    world.pump.frame();
    expect(world.runtime.cancelActive()).toBe(20);
    const after = world.runtime.resultPromise(world.runtime.run(async () => 7));
    await pumpUntilIdle(world);
    await expect(after).resolves.toBe(7);
    expect(live).toEqual({ count: 0, aborted: 3 });
  });
});
