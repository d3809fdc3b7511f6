import { Outbox } from '../../lib/workers/worker-side/outbox';
import { TaskRunner } from '../../lib/workers/worker-side/task-runner';

/** A port whose messages "arrive" while a task runs: `poll` hands them over synchronously. */
function setup() {
  const posted: unknown[][] = [];
  const arrived: unknown[][] = [];
  const order: string[] = [];
  let polls = 0;
  const fns = {
    // while task 1 runs, the main thread sends task 2 (it waits in the port)
    first: () => {
      order.push('first');
      arrived.push(['r', 2, 'second', []]);
      return 1;
    },
    second: () => {
      order.push(`second after ${posted.length} message(s)`);
      return 2;
    },
  };
  const poll = () => {
    polls++;
    const message = arrived.shift();
    return message && { message };
  };
  const runner = new TaskRunner(fns, new Outbox({ post: (m) => posted.push(m as unknown[]), listen: () => {} }), poll);
  return { runner, posted, order, polls: () => polls };
}

describe('TaskRunner: commands that arrived during a task', () => {
  it("starts a task that arrived during the last one at once, after that one's result went out", () => {
    const { runner, posted, order, polls } = setup();
    runner.accept(['r', 1, 'first', []]);
    // both ran inside this one accept: no message event was needed for task 2
    expect(order).toEqual(['first', 'second after 1 message(s)']);
    expect(posted).toEqual([
      ['ok', 1, 1, expect.any(Number)],
      ['ok', 2, 2, expect.any(Number)],
    ]);
    expect(polls()).toBe(2); // once after each emptied queue; the second found nothing
  });

  it('without a poll, waits for the next message event as before', () => {
    const posted: unknown[][] = [];
    const runner = new TaskRunner(
      { one: () => 1 },
      new Outbox({ post: (m) => posted.push(m as unknown[]), listen: () => {} }),
    );
    runner.accept(['r', 1, 'one', []]);
    expect(posted).toEqual([['ok', 1, 1, expect.any(Number)]]);
  });
});
