import { interval, Observable, timer } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { createRuntime } from '../../lib/runtime/create-runtime';
import type { Runtime } from '../../lib/runtime/runtime';
import type { RuntimeOptions } from '../../lib/runtime/runtime-options';
import type { TaskEvent } from '../../lib/tasks/task-event';
import type { TaskRow } from '../../lib/tasks/task-row';

export type Helpers = Parameters<Parameters<TestScheduler['run']>[0]>[0];

export interface Recorded {
  readonly runtime: Runtime;
  readonly events: TaskEvent[];
  /** Every table$ emission with the virtual time it came at. */
  readonly tables: { time: number; rows: readonly TaskRow[] }[];
}

/** Runs `fn` in virtual time (10 ms frames) with every table emission recorded. */
export function recorded(
  fn: (runtime: Runtime, helpers: Helpers, rec: Recorded) => void,
  options: Omit<RuntimeOptions, 'frames'> = {},
): Recorded {
  const ts = new TestScheduler((a, b) => expect(a).toEqual(b));
  let out: Recorded | undefined;
  ts.run((helpers) => {
    const runtime = createRuntime({ frames: interval(10), ...options });
    const rec: Recorded = { runtime, events: [], tables: [] };
    runtime.events$.subscribe((e) => rec.events.push(e));
    runtime.table$.subscribe((rows) => rec.tables.push({ time: runtime.scheduler.now(), rows }));
    out = rec;
    fn(runtime, helpers, rec);
  });
  return out as Recorded;
}

/** `description:status[:reason]` of each row, as the table showed them at `time`. */
export function rowsAt(rec: Recorded, time: number): string[] {
  let rows: readonly TaskRow[] = [];
  for (const t of rec.tables) if (t.time <= time) rows = t.rows;
  return rows.map(brief);
}

/** The final table (after the run). */
export function finalRows(rec: Recorded): string[] {
  return (rec.tables[rec.tables.length - 1]?.rows ?? []).map(brief);
}

function brief(row: TaskRow): string {
  return `${row.description}:${row.status}${row.cancelReason ? `:${row.cancelReason}` : ''}`;
}

/** Work that emits `result` after `ms` of virtual time (a fake search); counts its subscriptions. */
export function slow<T>(ms: number, result: T, log?: string[]): () => Observable<T> {
  return () =>
    new Observable<T>((s) => {
      log?.push(`start ${String(result)}`);
      let done = false;
      const t = timer(ms).subscribe(() => {
        done = true;
        s.next(result);
        s.complete();
      });
      return () => {
        if (!done) log?.push(`stop ${String(result)}`);
        t.unsubscribe();
      };
    });
}
