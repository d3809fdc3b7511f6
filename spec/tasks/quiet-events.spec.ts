import { interval, map, of, take, throwError } from 'rxjs';
import { createRuntime } from '../../lib/runtime/create-runtime';
import type { Runtime } from '../../lib/runtime/runtime';
import { reduceTable, withLiveDurations } from '../../lib/tasks/reduce-table';
import type { TaskEvent } from '../../lib/tasks/task-event';
import type { TaskRow } from '../../lib/tasks/task-row';
import { PumpedFrames } from '../support/counting';

/**
 * Without an `events$` observer the engine folds reused scratch events into the table
 * (no event objects per task); these checks hold that path to the observed one.
 */
function workload(rt: Runtime): void {
  for (let i = 0; i < 40; i++) {
    switch (i % 5) {
      case 0:
        rt.run(() => i, { description: `sync ${i}` });
        break;
      case 1:
        rt.run(interval(10, rt.scheduler).pipe(take(3)), { description: `ticks ${i}`, info: { i } });
        break;
      case 2:
        rt.run(() => throwError(() => new Error(`bad ${i}`)), { priority: i });
        break;
      case 3:
        rt.run(
          function* () {
            yield 1;
            return 2;
          },
          { meta: { n: i } },
        );
        break;
      default:
        rt.run(i % 2 ? interval(10, rt.scheduler) : () => of(i).pipe(map((v) => v * 2)), { timeout: 15 });
    }
  }
}

/** Rows with ids (also in error messages) replaced by their position, so two runtimes' tables compare. */
function normalized(rows: readonly TaskRow[]): unknown[] {
  return rows.map((r, i) => ({
    ...r,
    id: i,
    error: r.error && { ...r.error, message: r.error.message.replace(r.id, '#') },
  }));
}

function run(observe: boolean): { tables: unknown[][]; events: TaskEvent[]; last: readonly TaskRow[]; now: number } {
  const pump = new PumpedFrames(5);
  const rt = createRuntime({ frames: pump.frames, clock: pump.clock, maxConcurrent: 7 });
  const tables: unknown[][] = [];
  const events: TaskEvent[] = [];
  if (observe) rt.events$.subscribe((e) => events.push(e));
  rt.table$.subscribe((rows) => tables.push(normalized(rows)));
  workload(rt);
  const cancelled = rt.run(interval(5, rt.scheduler));
  pump.advance(3);
  rt.cancel(cancelled);
  pump.drain();
  const last = rt.table$.value;
  rt.dispose();
  return { tables, events, last, now: pump.clock.t };
}

describe('tasks whose events only the table sees', () => {
  it('show the same table, frame by frame, as with events$ observed, which is the fold of events$', () => {
    const quiet = run(false);
    const observed = run(true);
    expect(quiet.tables.length).toBeGreaterThan(5);
    expect(quiet.tables).toEqual(observed.tables);
    const folded = withLiveDurations(observed.events.reduce(reduceTable, [] as readonly TaskRow[]), observed.now);
    expect(observed.last).toEqual(folded);
    const statuses = new Set(quiet.last.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['cancelled', 'completed', 'failed', 'timeout']);
  });

  it('give an events$ observer that joins later fresh event objects it may keep', () => {
    const pump = new PumpedFrames(5);
    const rt = createRuntime({ frames: pump.frames, clock: pump.clock });
    for (let i = 0; i < 5; i++) rt.run(() => i);
    pump.advance(1);
    const kept: TaskEvent[] = [];
    rt.events$.subscribe((e) => kept.push(e));
    const ids = [rt.run(() => 'a'), rt.run(() => 'b')];
    pump.drain();
    const copies = kept.map((e) => ({ ...e }));
    for (let i = 0; i < 5; i++) rt.run(() => i); // would overwrite a reused event
    pump.drain();
    expect(kept.slice(0, 6)).toEqual(copies);
    expect(new Set(kept.slice(0, 6)).size).toBe(6);
    expect(copies.slice(0, 6).map((e) => `${e.type} ${ids.indexOf(e.id)}`)).toEqual([
      'submitted 0',
      'submitted 1',
      'started 0',
      'completed 0',
      'started 1',
      'completed 1',
    ]);
    rt.dispose();
  });
});
