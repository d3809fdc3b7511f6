import type { TaskRow } from '../task-row.js';

/**
 * Where the table store keeps one task's row: the row, its index in the flat row array,
 * its index among the running rows (-1 when not running) and whether a snapshot has
 * seen the row object yet.
 *
 * @example
 * ```ts
 * const slot: RowSlot = { row: undefined, pos: -1, runAt: -1, draftOf: -1 };
 * ```
 */
export interface RowSlot {
  row: TaskRow | undefined;
  pos: number;
  runAt: number;
  /** The snapshot epoch in which `row` was made: until the next snapshot it is a draft, written in place. */
  draftOf: number;
}

/**
 * How the table store finds slots by id. The task manager passes one backed by its own
 * task map, whose records double as slots, so a task costs one map entry, not two.
 *
 * @example
 * ```ts
 * const index: SlotIndex = new MapSlotIndex();
 * const slot = index.get(id) ?? index.add(id);
 * ```
 */
export interface SlotIndex {
  get(id: string): RowSlot | undefined;
  /** The slot for a new row (called once per id, before its first row). */
  add(id: string): RowSlot;
  /** Forgets the slot of a removed row. */
  delete(id: string): void;
}

/**
 * The stand-alone {@link SlotIndex}: a Map of plain slots.
 *
 * @example
 * ```ts
 * new RowStore(new MapSlotIndex());
 * ```
 */
export class MapSlotIndex implements SlotIndex {
  readonly #slots = new Map<string, RowSlot>();

  get(id: string): RowSlot | undefined {
    return this.#slots.get(id);
  }

  add(id: string): RowSlot {
    const slot: RowSlot = { row: undefined, pos: -1, runAt: -1, draftOf: -1 };
    this.#slots.set(id, slot);
    return slot;
  }

  delete(id: string): void {
    this.#slots.delete(id);
  }
}
