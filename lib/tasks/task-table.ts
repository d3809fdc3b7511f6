import type { Observable, Subscription } from 'rxjs';
import { BehaviorSubject, scan } from '../rx.js';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import type { TaskEvent } from './task-event.js';
import type { TaskRow } from './task-row.js';
import { reduceTaskRow } from './reduce-task-row.js';
import { RowStore } from './store/row-store.js';
import type { RowSlot, SlotIndex } from './store/row-slot.js';

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
 * The live table: `scan` over the events into a keyed {@link RowStore}, snapshotted into `table$` at the
 * end of a frame in which something changed (at most one emission per frame). Without
 * `events$`, events are folded in by whoever emits them, through {@link TaskTable.fold}
 * (the task engine, in emission order, which is the same scan without a Subject and an
 * operator hop per event).
 *
 * @example
 * ```ts
 * const table = new TaskTable(events$, scheduler, () => sweepExpired());
 * table.table$.subscribe(render);
 * ```
 */
export class TaskTable {
  readonly table$ = new BehaviorSubject<readonly TaskRow[]>([]);
  readonly #rows: RowStore;
  readonly #subscription: Subscription | undefined;
  #flushing: Subscription | undefined;
  #disposed = false;
  readonly #scheduler: FrameScheduler;
  readonly #beforeSnapshot: () => void;

  constructor(
    events$: Observable<TaskEvent> | undefined,
    scheduler: FrameScheduler,
    beforeSnapshot: () => void,
    index?: SlotIndex,
  ) {
    this.#scheduler = scheduler;
    this.#beforeSnapshot = beforeSnapshot;
    this.#rows = new RowStore(index);
    this.#subscription = events$
      ?.pipe(scan((store: RowStore, e: TaskEvent) => store.fold(e), this.#rows))
      .subscribe(this.#markChanged);
  }

  /**
   * Folds one event whose row lives in `slot` (see {@link RowStore.applyTo}).
   *
   * @example
   * ```ts
   * table.fold(task, { type: 'started', id: task.id, time: now });
   * ```
   */
  fold(slot: RowSlot | undefined, event: TaskEvent): void {
    if (this.#disposed) return; // like a scan whose source completed
    if (this.#rows.applyTo(slot, event)) this.#rows.markDirty();
    this.#markChanged(this.#rows);
  }

  /** Stops folding; what changed since the last snapshot is emitted, then `table$` completes. */
  dispose(): void {
    this.#disposed = true;
    this.#subscription?.unsubscribe();
    this.#flushing?.unsubscribe();
    this.#flushing = undefined;
    // the disposal's own cancellations: table$ must end equal to the fold of events$
    if (this.#rows.changed) this.table$.next(this.#rows.snapshot(this.#scheduler.now()));
    this.table$.complete();
  }

  readonly #markChanged = (store: RowStore): void => {
    if (!store.changed) return;
    this.#flushing ??= this.#scheduler.atEndOfFrame(this.#flush);
  };

  readonly #flush = (): void => {
    this.#beforeSnapshot();
    this.#flushing = undefined;
    if (!this.#rows.changed) return;
    this.table$.next(this.#rows.snapshot(this.#scheduler.now()));
  };
}
