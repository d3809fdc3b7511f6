import { interval, of, take } from 'rxjs';
import { createRuntime } from '../../lib/runtime/create-runtime';
import type { Runtime } from '../../lib/runtime/runtime';
import { reduceTable, withLiveDurations } from '../../lib/tasks/reduce-table';
import type { TaskEvent } from '../../lib/tasks/task-event';
import type { TaskRow } from '../../lib/tasks/task-row';
import { PumpedFrames } from '../support/counting';

/**
 * Without an `events$` observer the engine folds reused scratch events into the table.
 * These works do things to themselves and to other tasks while they start (cancel
 * themselves, throw, submit, cancel and reprioritize others, emit at once, subscribe an
 * `events$` observer); the table must be the same, frame by frame, as with `events$`
 * observed, which is the fold of `events$`.
 */
function workload(rt: Runtime, late: () => void): void {
  const waiting = rt.run(interval(10, rt.scheduler).pipe(take(2)), { priority: -5, description: 'waits' });
  const other = rt.run(() => 'other', { priority: -5 });
  rt.run(() => 1, { description: 'plain value' });
  rt.run(() => {
    throw new Error('thrown while starting');
  });
  const self: string = rt.run(() => {
    rt.cancel(self);
    return 'ignored';
  });
  rt.run(() => {
    rt.run(() => 'submitted while starting');
    rt.cancel(other);
    rt.setPriority(waiting, 9);
    return 'busy';
  });
  rt.run(() => of(1, 2, 3), { description: 'values while starting' });
  rt.run(() => {
    late();
    return 'observer joins';
  });
  rt.run(interval(10, rt.scheduler).pipe(take(2)), { timeout: 100 });
}

function run(observe: boolean): { tables: unknown[]; events: TaskEvent[]; last: readonly TaskRow[]; now: number } {
  const pump = new PumpedFrames(5);
  const rt = createRuntime({ frames: pump.frames, clock: pump.clock, maxConcurrent: 4 });
  const tables: unknown[] = [];
  const events: TaskEvent[] = [];
  if (observe) rt.events$.subscribe((e) => events.push(e));
  rt.table$.subscribe((rows) => tables.push(rows.map((r, i) => ({ ...r, id: i, error: r.error?.name }))));
  // one observer joins while a task starts: the engine stops folding late from then on
  const late = (): void => void rt.events$.subscribe(() => undefined);
  pump.advance(1); // a first frame, so some rows were seen by a snapshot before they start
  workload(rt, late);
  pump.advance(1);
  workload(rt, late);
  pump.drain();
  const last = rt.table$.value;
  rt.dispose();
  return { tables, events, last, now: pump.clock.t };
}

describe('a started task whose events only the table sees', () => {
  it('shows the same table, frame by frame, as with events$ observed, which is the fold of events$', () => {
    const quiet = run(false);
    const observed = run(true);
    expect(quiet.tables.length).toBeGreaterThan(3);
    expect(quiet.tables).toEqual(observed.tables);
    const folded = withLiveDurations(observed.events.reduce(reduceTable, [] as readonly TaskRow[]), observed.now);
    expect(observed.last).toEqual(folded);
    const statuses = new Set(quiet.last.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['cancelled', 'completed', 'failed']);
  });
});
