import { NEVER, of } from 'rxjs';
import type { TaskRow } from '../../lib/tasks/task-row';
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

  // the cancellations of dispose() were folded into the table but never snapshotted:
  // table$ completed with the tasks still 'running', unlike the fold of events$
  it("emits the table with dispose's cancellations before table$ completes, and nothing after", () => {
    const host = hostFrames();
    const runtime = createRuntime({ frames: host.frames });
    const seen: (readonly TaskRow[] | 'complete')[] = [];
    runtime.table$.subscribe({ next: (rows) => seen.push(rows), complete: () => seen.push('complete') });
    const ids = runtime.run([NEVER, NEVER]);
    host.tick();
    seen.length = 0;
    runtime.dispose();
    runtime.clearAll();
    expect(seen.map((s) => (s === 'complete' ? s : s.map((r) => `${r.id}:${r.status}:${r.cancelReason}`)))).toEqual([
      ids.map((id) => `${id}:cancelled:disposed`),
      'complete',
    ]);
    expect(runtime.table$.value.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
  });
});
