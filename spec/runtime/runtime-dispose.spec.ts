import { of } from 'rxjs';
import { hostFrames } from '../../lib/frames/host-frames';
import { createRuntime } from '../../lib/runtime/create-runtime';

/** Lets settled promises run their callbacks (no timers: nothing here waits on time). */
const microtasks = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('Runtime.dispose', () => {
  // a result due on the next frame's start phase was dropped with the scheduler's queue:
  // the promise of a task that had already completed never settled
  it('delivers results that were due on the next frame at once', async () => {
    const host = hostFrames();
    const runtime = createRuntime({ frames: host.frames });
    const id = runtime.run(of(1));
    while (runtime.status(id) !== 'completed') host.tick();
    const outcomes: unknown[] = [];
    void runtime.resultPromise(id).then((v) => outcomes.push(['result', v]));
    runtime
      .result(id)
      .subscribe({ next: (v) => outcomes.push(['observable', v]), complete: () => outcomes.push('done') });
    runtime.dispose();
    await microtasks();
    expect(outcomes).toEqual([['observable', 1], 'done', ['result', 1]]);
  });

  // a teardown that threw ended dispose() there: the older teardowns (remote queues), the
  // worker pool and the scheduler were never released, and a second dispose() did nothing
  it('runs every teardown and releases the scheduler when a teardown throws, reporting the error once', () => {
    const host = hostFrames();
    const errors: unknown[] = [];
    const runtime = createRuntime({ frames: host.frames, onError: (e) => errors.push(e) });
    const log: string[] = [];
    runtime.addTeardown(() => log.push('older'));
    runtime.addTeardown(() => {
      throw new Error('quit failed');
    });
    runtime.dispose();
    expect(log).toEqual(['older']);
    expect(errors).toEqual([new Error('quit failed')]);
    expect(() => runtime.scheduler.atStartOfFrame(() => undefined)).toThrow(/disposed/);
  });
});
