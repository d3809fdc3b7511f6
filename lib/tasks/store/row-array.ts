import type { TaskRow } from '../task-row.js';
import type { RowSlot, SlotIndex } from './row-slot.js';
import { liveRow } from '../reduce-table.js';

/**
 * The table's rows in submission order, in a flat array, so a snapshot is one array
 * copy that never touches the rows. Each slot knows its position. Removed rows leave
 * holes: leading ones (the oldest, what the clearAfter sweep removes) are stepped over
 * and cut off without renumbering; others are filtered out of the snapshot copy and
 * closed up only once they are an eighth of the rows, so no frame renumbers every row.
 * Closing up finds each row's slot through the store's {@link SlotIndex} by the row's id
 * rather than from a second array of slots kept beside the rows: that array cost a push
 * (and a garbage-collector write-barrier entry) for every task, to serve a rare event.
 *
 * @example
 * ```ts
 * const rows = new RowArray(index);
 * rows.push(slot, row);
 * rows.snapshot(running, now);
 * ```
 */
export class RowArray {
  #rows: (TaskRow | undefined)[] = [];
  #live = 0;
  #holes = 0;
  /** The position of `rows[0]`: positions stay valid when the front is cut off. */
  #base = 0;
  /** Index of the first entry that may still hold a row. */
  #head = 0;

  /** @param index Finds a row's slot by its id, to renumber slots when holes close. */
  readonly #index: Pick<SlotIndex, 'get'>;

  constructor(index: Pick<SlotIndex, 'get'>) {
    this.#index = index;
  }

  get size(): number {
    return this.#live;
  }

  push(slot: RowSlot, row: TaskRow): void {
    slot.pos = this.#base + this.#rows.length;
    this.#rows.push(row);
    this.#live++;
  }

  set(slot: RowSlot, row: TaskRow): void {
    this.#rows[slot.pos - this.#base] = row;
  }

  remove(slot: RowSlot): void {
    this.#rows[slot.pos - this.#base] = undefined;
    slot.pos = -1;
    this.#live--;
    this.#holes++;
  }

  /** All rows, the `running` slots' rows with their live duration at `now`. */
  snapshot(running: readonly RowSlot[], now: number): TaskRow[] {
    this.#skipLeadingHoles();
    if (this.#holes * 8 > this.#live) this.#compact();
    const first = this.#base + this.#head;
    const out = this.#rows.slice(this.#head);
    for (const slot of running) out[slot.pos - first] = liveRow(slot.row as TaskRow, now);
    return (this.#holes > 0 ? out.filter(isRow) : out) as TaskRow[];
  }

  #skipLeadingHoles(): void {
    while (this.#head < this.#rows.length && this.#rows[this.#head] === undefined) {
      this.#head++;
      this.#holes--;
    }
    if (this.#head < 1024 || this.#head * 2 < this.#rows.length) return;
    this.#rows = this.#rows.slice(this.#head);
    this.#base += this.#head;
    this.#head = 0;
  }

  #compact(): void {
    const rows: TaskRow[] = new Array<TaskRow>(this.#live);
    let pos = 0;
    for (let i = this.#head; i < this.#rows.length; i++) {
      const row = this.#rows[i];
      if (row === undefined) continue;
      (this.#index.get(row.id) as RowSlot).pos = this.#base + pos;
      rows[pos++] = row;
    }
    this.#rows = rows;
    this.#head = 0;
    this.#holes = 0;
  }
}

function isRow(row: TaskRow | undefined): boolean {
  return row !== undefined;
}
