import { Outbox } from '../../lib/workers/worker-side/outbox';

/** An outbox on a port that clones as a real one does: a value that cannot be cloned throws. */
function setup() {
  const posted: unknown[][] = [];
  const outbox = new Outbox({ post: (m) => posted.push(structuredClone(m) as unknown[]), listen: () => {} });
  return { outbox, posted };
}

describe('Outbox: a result that cannot be cloned', () => {
  it("fails its own task with the task's run time, so the pool still learns how long the function runs", () => {
    const { outbox, posted } = setup();
    outbox.push('ok', 1, () => 'a function', 12.5);
    outbox.push('ok', 2, 'fine', 0.25);
    outbox.flush();
    expect(posted.map((event) => [event[0], event[1], event[3]])).toEqual([
      ['err', 1, 12.5],
      ['ok', 2, 0.25],
    ]);
  });
});
