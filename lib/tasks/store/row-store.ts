import type { TaskEvent } from '../task-event.js';
import type { TaskRow } from '../task-row.js';
import { changesRow, reduceTaskRow } from '../reduce-task-row.js';
import type { DraftRow } from './copy-row.js';
import { writeEvent } from './write-event.js';
import { RowArray } from './row-array.js';
import { MapSlotIndex, type RowSlot, type SlotIndex } from './row-slot.js';

/**
 * The table's keyed state, folded in place with the pure {@link reduceTaskRow}: rows in
 * submission order in a {@link RowArray} (so a snapshot is one array copy, without
 * touching rows), slots found by id through a {@link SlotIndex} (a Map by default; the task
 * manager's own task index, so one entry per task), and the running slots in an array
 * (swap-remove, no hashing) for live durations.
 * Consecutive events of one task (started, progress, completed) reuse the last slot
 * without a lookup. A row made since the last snapshot is a draft: later events write
 * into it ({@link writeEvent}, what the pure reducer does to a copy) instead of copying
 * it again, so the store always equals the pure fold while a task that starts and ends
 * between two snapshots costs one row.
 *
 * @example
 * ```ts
 * const store = new RowStore();
 * events.forEach((e) => store.apply(e));
 * store.snapshot(now);
 * ```
 */
export class RowStore {
  readonly #rows: RowArray;
  readonly #running: RowSlot[] = [];
  #dirty = false;
  #lastId: string | undefined;
  #lastSlot: RowSlot | undefined;
  /** Counts snapshots: a row made in the current epoch is a draft no subscriber has seen. */
  #epoch = 0;

  readonly #index: SlotIndex;

  constructor(index: SlotIndex = new MapSlotIndex()) {
    this.#index = index;
    this.#rows = new RowArray(index);
  }

  get size(): number {
    return this.#rows.size;
  }

  /** True when a row changed since the last {@link snapshot}. */
  get changed(): boolean {
    return this.#dirty;
  }

  /** {@link apply} for `scan`: returns the store itself. */
  fold(event: TaskEvent): RowStore {
    if (this.apply(event)) this.#dirty = true;
    return this;
  }

  /** Notes a change made through {@link applyTo}: the next snapshot is due. */
  markDirty(): void {
    this.#dirty = true;
  }

  /** Applies one event; returns whether a row changed. */
  apply(event: TaskEvent): boolean {
    return this.applyTo(event.id === this.#lastId ? this.#lastSlot : this.#index.get(event.id), event);
  }

  /**
   * {@link apply} for a caller that has the event's slot at hand (the task engine: its
   * records are the slots), so no lookup by id; undefined for an id without a slot yet.
   */
  applyTo(slot: RowSlot | undefined, event: TaskEvent): boolean {
    const previous = slot?.row;
    if (previous !== undefined && (slot as RowSlot).draftOf === this.#epoch) {
      return this.#applyToDraft(slot as RowSlot, previous as DraftRow, event);
    }
    const next = reduceTaskRow(previous, event);
    if (next === previous) return false;
    if (next === undefined) this.#remove(slot as RowSlot, event.id);
    else if (previous === undefined) this.#insert(slot ?? this.#index.add(event.id), event.id, next);
    else this.#update(slot as RowSlot, next);
    return true;
  }

  /** All rows in submission order, running ones with their duration at `now`. */
  snapshot(now: number): TaskRow[] {
    this.#dirty = false;
    this.#epoch++;
    return this.#rows.snapshot(this.#running, now);
  }

  /** What {@link reduceTaskRow} does, written into a row no snapshot has seen. */
  #applyToDraft(slot: RowSlot, row: DraftRow, event: TaskEvent): boolean {
    if (event.type === 'submitted') return false;
    if (event.type === 'cleared') this.#remove(slot, event.id);
    else if (!changesRow(row, event)) return false;
    else {
      writeEvent(row, event);
      this.#track(slot, row);
    }
    return true;
  }

  #insert(slot: RowSlot, id: string, row: TaskRow): void {
    slot.row = row;
    slot.draftOf = this.#epoch;
    this.#rows.push(slot, row);
    this.#remember(id, slot);
    if (row.status === 'running') slot.runAt = this.#running.push(slot) - 1;
  }

  #update(slot: RowSlot, row: TaskRow): void {
    slot.row = row;
    slot.draftOf = this.#epoch;
    this.#rows.set(slot, row);
    this.#track(slot, row);
  }

  /** Keeps the running rows' list in step with the row's status. */
  #track(slot: RowSlot, row: TaskRow): void {
    if (row.status === 'running') {
      if (slot.runAt < 0) slot.runAt = this.#running.push(slot) - 1;
    } else if (slot.runAt >= 0) this.#stopRunning(slot);
  }

  #stopRunning(slot: RowSlot): void {
    const last = this.#running.pop() as RowSlot;
    if (last !== slot) {
      this.#running[slot.runAt] = last;
      last.runAt = slot.runAt;
    }
    slot.runAt = -1;
  }

  #remove(slot: RowSlot, id: string): void {
    this.#index.delete(id);
    if (slot.runAt >= 0) this.#stopRunning(slot);
    this.#rows.remove(slot);
    slot.row = undefined;
    this.#remember(undefined, undefined);
  }

  #remember(id: string | undefined, slot: RowSlot | undefined): void {
    this.#lastId = id;
    this.#lastSlot = slot;
  }
}
