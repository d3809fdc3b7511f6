import fc from 'fast-check';
import { timer, type SchedulerAction } from 'rxjs';
import { testFrameScheduler } from '../../lib/testing';
import { virtual } from './virtual';

interface Op {
  delay: number;
  repeats: number;
  repeatDelay: number;
  cancelAt: number | null;
}

/** The contract as a naive model: frames every 10 ms; due work by (due, seq); new work waits a frame. */
function model(ops: Op[]): string[] {
  let seq = 0;
  type Entry = { id: number; due: number; seq: number; run: number };
  let pending: Entry[] = ops.map((op, id) => ({ id, due: op.delay, seq: seq++, run: 0 }));
  const log: string[] = [];
  for (let time = 10; pending.length > 0; time += 10) {
    pending = pending.filter((e) => {
      const cancelAt = ops[e.id]!.cancelAt;
      return cancelAt === null || cancelAt > time;
    });
    const limit = seq;
    const due = pending.filter((e) => e.seq < limit && e.due <= time).sort((a, b) => a.due - b.due || a.seq - b.seq);
    for (const e of due) {
      log.push(`${e.id}.${e.run}@${time}`);
      pending = pending.filter((p) => p !== e);
      const op = ops[e.id]!;
      if (e.run < op.repeats) pending.push({ id: e.id, due: time + op.repeatDelay, seq: seq++, run: e.run + 1 });
    }
  }
  return log;
}

function actual(ops: Op[]): string[] {
  const log: string[] = [];
  virtual(({ flush }) => {
    const s = testFrameScheduler();
    ops.forEach((op, id) => {
      const sub = s.schedule(
        function (this: SchedulerAction<number>, run = 0) {
          log.push(`${id}.${run}@${s.now()}`);
          if (run < op.repeats) this.schedule(run + 1, op.repeatDelay);
        },
        op.delay,
        0,
      );
      if (op.cancelAt !== null) timer(op.cancelAt).subscribe(() => sub.unsubscribe());
    });
    flush();
    expect([s.pendingCount, s.framesActive]).toEqual([0, false]);
  });
  return log;
}

const op: fc.Arbitrary<Op> = fc.record({
  delay: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 45 })),
  repeats: fc.integer({ min: 0, max: 3 }),
  repeatDelay: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 25 })),
  // odd times never coincide with a frame (frames come every 10 ms)
  cancelAt: fc.option(fc.integer({ min: 0, max: 40 }).map((n) => 2 * n + 1)),
});

describe('FrameScheduler ordering against a model', () => {
  it('runs random schedules, re-schedules and cancellations exactly as the model says', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        expect(actual(ops)).toEqual(model(ops));
      }),
      { numRuns: 300 },
    );
  });
});
