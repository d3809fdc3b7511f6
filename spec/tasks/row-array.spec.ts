import { RowArray } from '../../lib/tasks/store/row-array';
import type { RowSlot } from '../../lib/tasks/store/row-slot';
import type { TaskRow } from '../../lib/tasks/task-row';
import { taskRow } from '../support/task-row';

const row = (id: string, status: TaskRow['status'] = 'completed', startedAt?: number): TaskRow =>
  taskRow({ id, status, startedAt });

describe('RowArray', () => {
  it('keeps submission order through leading and interior removals, cuts and compactions', () => {
    const slots = new Map<string, RowSlot>();
    const rows = new RowArray({ get: (id) => slots.get(id) });
    const add = (id: string): void => {
      const slot: RowSlot = { row: row(id), pos: -1, runAt: -1, draftOf: -1 };
      slots.set(id, slot);
      rows.push(slot, slot.row as TaskRow);
    };
    const remove = (id: string): void => {
      rows.remove(slots.get(id) as RowSlot);
      slots.delete(id);
    };
    let expected: string[] = [];
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 1500; i++) add(`${round}-${i}`);
      const ids = [...slots.keys()];
      // the oldest go first (the sweep), plus a few from the middle
      for (const id of ids.slice(0, 1200)) remove(id);
      for (const id of ids.slice(1300).filter((_, i) => i % 7 === 0)) remove(id);
      expected = [...slots.keys()];
      expect(rows.snapshot([], 0).map((r) => r.id)).toEqual(expected);
      expect(rows.size).toBe(expected.length);
    }
    // a surviving slot can still be updated in place at its (renumbered) position
    const last = slots.get(expected[expected.length - 1] as string) as RowSlot;
    const running = row('late', 'running', 5);
    last.row = running;
    rows.set(last, running);
    last.runAt = 0;
    const snap = rows.snapshot([last], 9);
    expect(snap[snap.length - 1]).toMatchObject({ id: 'late', duration: 4 });
  });
});
