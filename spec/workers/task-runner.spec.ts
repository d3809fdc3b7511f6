import { Outbox } from '../../lib/workers/worker-side/outbox';
import { TaskRunner } from '../../lib/workers/worker-side/task-runner';
import type { WorkerContext } from '../../lib/workers/worker-side/worker-context';

function setup() {
  const posted: unknown[][] = [];
  let release: () => void = () => {};
  let signal: AbortSignal | undefined;
  const fns = {
    block: (ctx: WorkerContext) => {
      signal = ctx.signal;
      return new Promise<string>((resolve) => (release = () => resolve('blocked')));
    },
    noop: (n: number) => n,
  };
  const runner = new TaskRunner(fns, new Outbox({ post: (m) => posted.push(m as unknown[]), listen: () => {} }));
  const kinds = () => posted.flatMap((batch) => batch.filter((_, i) => i % 4 < 2));
  return { runner, kinds, release: () => release(), signal: () => signal };
}
const settle = () => new Promise((r) => setImmediate(r));

describe('TaskRunner: giving back a task for another worker', () => {
  it("drops a task that has not started and says 'back' at once, while the running task still awaits", async () => {
    const { runner, kinds, release } = setup();
    runner.accept(['r', 1, 'block', [], 'r', 2, 'noop', [7]]);
    runner.accept(['b', 2, 0, 0]);
    expect(kinds()).toEqual(['back', 2]);
    release();
    await settle();
    expect(kinds()).toEqual(['back', 2, 'ok', 1]);
  });

  it('ignores a give-back for the running task: it neither aborts nor answers', async () => {
    const { runner, kinds, release, signal } = setup();
    runner.accept(['r', 1, 'block', []]);
    runner.accept(['b', 1, 0, 0]);
    expect(signal()?.aborted).toBe(false);
    release();
    await settle();
    expect(kinds()).toEqual(['ok', 1]);
  });
});
