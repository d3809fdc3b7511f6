import { Outbox } from '../../lib/workers/worker-side/outbox';
import { TaskRunner } from '../../lib/workers/worker-side/task-runner';

/** Neither JSON.stringify (a cycle) nor String (no prototype, so no toString) can describe it. */
function opaque(): unknown {
  const value = Object.create(null) as Record<string, unknown>;
  value['self'] = value;
  return value;
}

function setup() {
  const posted: unknown[][] = [];
  const fns = {
    throws: () => {
      throw opaque();
    },
    rejects: () => Promise.reject(opaque()),
    noop: (n: number) => n,
  };
  const runner = new TaskRunner(fns, new Outbox({ post: (m) => posted.push(m as unknown[]), listen: () => {} }));
  const events = () => posted.flat();
  return { runner, events };
}
const settle = () => new Promise((r) => setImmediate(r));

describe('TaskRunner: a thrown value that cannot be described', () => {
  it('fails its own task with an error message when thrown; the worker runs the next task', () => {
    const { runner, events } = setup();
    expect(() => runner.accept(['r', 1, 'throws', [], 'r', 2, 'noop', [7]])).not.toThrow();
    const e = events();
    expect(e.slice(0, 2)).toEqual(['err', 1]);
    expect(e[2]).toMatchObject({ name: 'Error', message: 'non-error thrown: [object Object]' });
    expect(e.slice(4, 7)).toEqual(['ok', 2, 7]);
  });

  it('fails its own task when rejected; the worker runs the next task', async () => {
    const { runner, events } = setup();
    runner.accept(['r', 1, 'rejects', [], 'r', 2, 'noop', [7]]);
    await settle();
    const e = events();
    expect(e.slice(0, 2)).toEqual(['err', 1]);
    expect(e.slice(4, 7)).toEqual(['ok', 2, 7]);
  });
});
