import type { TaskEvent } from './task-event.js';
import type { TaskRow } from './task-row.js';
import { reduceTaskRow } from './reduce-task-row.js';
import { liveRow } from './reduce-table.js';

interface Slot {
  row: TaskRow;
  /** Index in `rows`. */
  pos: number;
  /** Index in `running`, -1 when not running. */
  runAt: number;
}

/**
 * The table's keyed state, folded in place with the pure {@link reduceTaskRow}: rows in
 * submission order in a flat array (so a snapshot is one array copy, without touching
 * rows), a map from id to slot, and the running slots in an array (swap-remove, no
 * hashing) for live durations.
 * Consecutive events of one task (started, progress, completed) reuse the last slot
 * without a map lookup. Removed rows leave holes, closed up at the next snapshot.
 *
 * @example
 * ```ts
 * const store = new RowStore();
 * events.forEach((e) => store.apply(e));
 * store.snapshot(now);
 * ```
 */
export class RowStore {
  private readonly slots = new Map<string, Slot>();
  private rows: (TaskRow | undefined)[] = [];
  private readonly running: Slot[] = [];
  private holes = 0;
  private dirty = false;
  private lastId: string | undefined = undefined;
  private lastSlot: Slot | undefined = undefined;

  get size(): number {
    return this.slots.size;
  }

  /** True when a row changed since the last {@link snapshot}. */
  get changed(): boolean {
    return this.dirty;
  }

  /** {@link apply} for `scan`: returns the store itself. */
  fold(event: TaskEvent): RowStore {
    if (this.apply(event)) this.dirty = true;
    return this;
  }

  /** Applies one event; returns whether a row changed. */
  apply(event: TaskEvent): boolean {
    const slot = event.id === this.lastId ? this.lastSlot : this.slots.get(event.id);
    const next = reduceTaskRow(slot?.row, event);
    if (next === slot?.row) return false;
    if (next === undefined) this.remove(slot as Slot, event.id);
    else if (slot === undefined) this.insert(event.id, next);
    else this.update(slot, next);
    return true;
  }

  /** All rows in submission order, running ones with their duration at `now`. */
  snapshot(now: number): TaskRow[] {
    this.dirty = false;
    if (this.holes > 0) this.compact();
    const out = this.rows.slice() as TaskRow[];
    for (const slot of this.running) out[slot.pos] = liveRow(slot.row, now);
    return out;
  }

  private insert(id: string, row: TaskRow): void {
    const slot: Slot = { row, pos: this.rows.length, runAt: -1 };
    this.slots.set(id, slot);
    this.rows.push(row);
    this.remember(id, slot);
  }

  private update(slot: Slot, row: TaskRow): void {
    slot.row = row;
    this.rows[slot.pos] = row;
    if (row.status === 'running') {
      if (slot.runAt < 0) slot.runAt = this.running.push(slot) - 1;
    } else if (slot.runAt >= 0) this.stopRunning(slot);
  }

  private stopRunning(slot: Slot): void {
    const last = this.running.pop() as Slot;
    if (last !== slot) {
      this.running[slot.runAt] = last;
      last.runAt = slot.runAt;
    }
    slot.runAt = -1;
  }

  private remove(slot: Slot, id: string): void {
    this.slots.delete(id);
    if (slot.runAt >= 0) this.stopRunning(slot);
    this.rows[slot.pos] = undefined;
    this.holes++;
    this.remember(undefined, undefined);
  }

  private remember(id: string | undefined, slot: Slot | undefined): void {
    this.lastId = id;
    this.lastSlot = slot;
  }

  /** Closes the holes; the map iterates in insertion (= submission) order. */
  private compact(): void {
    const rows: TaskRow[] = new Array<TaskRow>(this.slots.size);
    let pos = 0;
    for (const slot of this.slots.values()) {
      slot.pos = pos;
      rows[pos++] = slot.row;
    }
    this.rows = rows;
    this.holes = 0;
  }
}
