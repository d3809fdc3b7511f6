import fc from 'fast-check';
import { defer, finalize, interval, NEVER, of, throwError, timer, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { createRuntime } from '../../lib/runtime/create-runtime';
import { isTerminal } from '../../lib/tasks/reduce-task-row';
import { reduceTable, withLiveDurations } from '../../lib/tasks/reduce-table';
import type { TaskEvent } from '../../lib/tasks/task-event';
import type { TaskRow } from '../../lib/tasks/task-row';

type Body = 'value' | 'timer' | 'never' | 'error' | 'generator';
type Command =
  | { op: 'run'; at: number; body: Body; ms: number; timeout: number | undefined; priority: number }
  | { op: 'cancel'; at: number; pick: number }
  | { op: 'clearFinished' | 'clearAll'; at: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    op: fc.constant('run' as const),
    at: fc.nat(200),
    body: fc.constantFrom<Body>('value', 'timer', 'never', 'error', 'generator'),
    ms: fc.integer({ min: 1, max: 60 }),
    timeout: fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined }),
    priority: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({ op: fc.constant('cancel' as const), at: fc.nat(200), pick: fc.nat() }),
  fc.record({ op: fc.constantFrom('clearFinished' as const, 'clearAll' as const), at: fc.nat(200) }),
);

function makeBody(
  kind: Body,
  ms: number,
  live: { count: number },
  ts: TestScheduler,
): (() => Observable<unknown>) | (() => Generator<number>) {
  const counted = (o: Observable<unknown>) =>
    defer(() => {
      live.count++;
      return o.pipe(finalize(() => live.count--));
    });
  switch (kind) {
    case 'value':
      return () => counted(of(ms));
    case 'timer':
      return () => counted(timer(ms, ts));
    case 'never':
      return () => counted(NEVER);
    case 'error':
      return () => counted(interval(ms, ts).pipe(() => throwError(() => new Error('x'))));
    case 'generator':
      return function* () {
        for (let i = 0; i < ms * 50; i++) yield i;
      };
  }
}

function checkTaskInvariants(events: readonly TaskEvent[]): void {
  const byId = new Map<string, TaskEvent[]>();
  for (const e of events) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
  for (const list of byId.values()) {
    expect(list[0]?.type).toBe('submitted');
    const terminal = list.filter((e) => ['completed', 'failed', 'cancelled', 'timedOut'].includes(e.type));
    expect(terminal).toHaveLength(1);
    const after = list.slice(list.indexOf(terminal[0] as TaskEvent) + 1);
    expect(after.every((e) => e.type === 'cleared')).toBe(true);
    expect(after.length).toBeLessThanOrEqual(1);
    for (let i = 1; i < list.length; i++)
      expect((list[i] as TaskEvent).time).toBeGreaterThanOrEqual((list[i - 1] as TaskEvent).time);
  }
}

// Every timer here runs on the TestScheduler itself, not on RxJS's run-mode interval
// delegates: those throw "Expected a due immediate or interval" when a handler clears
// another interval due at the same instant (an RxJS TestScheduler quirk, not ours).
describe('Runtime invariants (property-based, virtual time)', () => {
  it('one terminal state per task, nothing after it, table$ = fold of events$, nothing left subscribed', () => {
    fc.assert(
      fc.property(
        fc.array(command, { maxLength: 25 }),
        fc.constantFrom(1, 2, Infinity),
        fc.constantFrom(0, 50, 600_000),
        (commands, maxConcurrent, clearAfter) => {
          const ts = new TestScheduler((a, b) => expect(a).toEqual(b));
          const events: TaskEvent[] = [];
          const live = { count: 0 };
          let last: readonly TaskRow[] = [];
          let runtime: ReturnType<typeof createRuntime> | undefined;
          ts.run(() => {
            const rt = createRuntime({ frames: interval(10, ts), maxConcurrent, clearAfter });
            runtime = rt;
            rt.events$.subscribe((e) => events.push(e));
            rt.table$.subscribe((rows) => (last = rows));
            const ids: string[] = [];
            for (const c of commands) {
              timer(c.at, ts).subscribe(() => {
                if (c.op === 'run')
                  ids.push(rt.run(makeBody(c.body, c.ms, live, ts), { timeout: c.timeout, priority: c.priority }));
                else if (c.op === 'cancel' && ids.length > 0) {
                  const id = ids[c.pick % ids.length] as string;
                  try {
                    rt.cancel(id);
                  } catch (e) {
                    expect((e as Error).name).toBe('UnknownTaskError'); // already cleared
                  }
                } else if (c.op === 'clearFinished') rt.clearFinished();
                else if (c.op === 'clearAll') rt.clearAll();
              });
            }
            timer(300, ts).subscribe(() => rt.cancelActive());
          });
          const rt = runtime as NonNullable<typeof runtime>;
          checkTaskInvariants(events);
          const folded = withLiveDurations(events.reduce(reduceTable, [] as readonly TaskRow[]), rt.scheduler.now());
          expect(last).toEqual(folded);
          expect(last.every((r) => isTerminal(r.status))).toBe(true);
          expect(live.count).toBe(0);
          expect(rt.scheduler.framesActive).toBe(false);
          expect(rt.scheduler.pendingCount).toBe(0);
          expect(rt.tasks.runningCount + rt.tasks.pendingCount).toBe(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
