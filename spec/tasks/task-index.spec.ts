import { TaskIndex } from '../../lib/tasks/store/task-index';

interface Item {
  readonly id: string;
}

describe('TaskIndex', () => {
  it('finds added items by id, in order, and forgets deleted ones', () => {
    const index = new TaskIndex<Item>();
    const items = Array.from({ length: 5 }, () => addNew(index));
    expect(index.get(items[3]!.id)).toBe(items[3]);
    index.delete(items[3]!.id);
    expect(index.get(items[3]!.id)).toBeUndefined();
    expect([...index.values()]).toEqual([items[0], items[1], items[2], items[4]]);
    expect(index.size).toBe(4);
  });

  it('prefixes its ids with six random URL-safe letters of its own', () => {
    const prefixes = Array.from({ length: 200 }, () => new TaskIndex<Item>().nextId().slice(0, -1));
    for (const p of prefixes) expect(p).toMatch(/^[0-9a-zA-Z_-]{6}-$/);
    expect(new Set(prefixes).size).toBe(200);
    // every letter of the alphabet turns up: the bytes' six low bits pick without bias
    expect(new Set(prefixes.join('').replace(/-$/gm, '')).size).toBeGreaterThan(60);
  });

  it('rejects ids it did not issue, aliases included', () => {
    const index = new TaskIndex<Item>();
    const item = addNew(index);
    const other = new TaskIndex<Item>();
    expect(other.get(item.id)).toBeUndefined();
    expect(index.get(`${item.id}0`)).toBeUndefined();
    expect(index.get(item.id.replace(/0$/, '00'))).toBeUndefined();
    expect(index.get('nope')).toBeUndefined();
    expect(index.get(42 as unknown as string)).toBeUndefined();
  });

  it('leaves a hole for an id issued but never added', () => {
    const index = new TaskIndex<Item>();
    const a = addNew(index);
    const skipped = index.nextId();
    const b = addNew(index);
    expect(index.get(a.id)).toBe(a);
    expect(index.get(skipped)).toBeUndefined();
    expect(index.get(b.id)).toBe(b);
  });

  it('moves a long-lived item out of the way so the array does not grow with every later task', () => {
    const index = new TaskIndex<Item>();
    const pinned = addNew(index);
    const added: Item[] = [];
    for (let i = 0; i < 50_000; i++) {
      const item = addNew(index);
      added.push(item);
      if (i % 3 === 2) for (const old of added.splice(0, 3)) index.delete(old.id);
    }
    expect(index.get(pinned.id)).toBe(pinned);
    expect((index as unknown as { items: unknown[] }).items.length).toBeLessThan(8_192);
    expect([...index.values()]).toEqual([pinned, ...added]);
    index.delete(pinned.id);
    expect(index.get(pinned.id)).toBeUndefined();
    expect(index.size).toBe(added.length);
  });

  it('keeps working after the front is trimmed', () => {
    const index = new TaskIndex<Item>();
    const items = Array.from({ length: 5000 }, () => addNew(index));
    for (let i = 0; i < 4000; i++) index.delete(items[i]!.id);
    const late = addNew(index);
    expect(index.get(items[4500]!.id)).toBe(items[4500]);
    expect(index.get(items[10]!.id)).toBeUndefined();
    expect(index.get(late.id)).toBe(late);
    expect(index.size).toBe(1001);
    expect([...index.values()][0]).toBe(items[4000]);
  });
});

function addNew(index: TaskIndex<Item>): Item {
  const item = { id: index.nextId() };
  index.add(item);
  return item;
}
