import { BehaviorSubject, scan, type Observable, type Subscription } from 'rxjs';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import type { TaskEvent } from './task-event.js';
import type { TaskRow } from './task-row.js';
import { reduceTaskRow } from './reduce-task-row.js';
import { liveRow } from './reduce-table.js';

/**
 * Folds {@link reduceTaskRow} into a keyed map, in place: O(1) per event whatever the
 * number of rows. Returns the same map, for `scan`.
 *
 * @example
 * ```ts
 * events$.pipe(scan(foldTaskEvent, new Map<string, TaskRow>()));
 * ```
 */
export function foldTaskEvent(rows: Map<string, TaskRow>, event: TaskEvent): Map<string, TaskRow> {
  const previous = rows.get(event.id);
  const next = reduceTaskRow(previous, event);
  if (next === previous) return rows;
  if (next === undefined) rows.delete(event.id);
  else rows.set(event.id, next);
  return rows;
}

/**
 * The live table: `scan` over the events into a keyed map, snapshotted into `table$` at the
 * end of a frame in which something changed (at most one emission per frame).
 *
 * @example
 * ```ts
 * const table = new TaskTable(events$, scheduler, () => sweepExpired());
 * table.table$.subscribe(render);
 * ```
 */
export class TaskTable {
  readonly table$ = new BehaviorSubject<readonly TaskRow[]>([]);
  private readonly rows = new Map<string, TaskRow>();
  private readonly subscription: Subscription;
  private flushing: Subscription | undefined = undefined;
  private changed = false;

  constructor(
    events$: Observable<TaskEvent>,
    private readonly scheduler: FrameScheduler,
    private readonly beforeSnapshot: () => void,
  ) {
    this.subscription = events$.pipe(scan(foldTaskEvent, this.rows)).subscribe(this.markChanged);
  }

  /** Rows now (live durations at `now`), without waiting for the frame's snapshot. */
  current(now: number): readonly TaskRow[] {
    const out = new Array<TaskRow>(this.rows.size);
    let i = 0;
    for (const row of this.rows.values()) out[i++] = row.status === 'running' ? liveRow(row, now) : row;
    return out;
  }

  /** Stops folding; the last snapshot stays readable and `table$` completes. */
  dispose(): void {
    this.subscription.unsubscribe();
    this.flushing?.unsubscribe();
    this.flushing = undefined;
    this.table$.complete();
  }

  private readonly markChanged = (): void => {
    if (this.changed) return;
    this.changed = true;
    this.flushing ??= this.scheduler.atEndOfFrame(this.flush);
  };

  private readonly flush = (): void => {
    this.beforeSnapshot();
    this.flushing = undefined;
    if (!this.changed) return;
    this.changed = false;
    this.table$.next(this.current(this.scheduler.now()));
  };
}
