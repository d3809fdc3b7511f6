import { PendingQueue } from '../../lib/tasks/engine/pending-queue';

describe('PendingQueue', () => {
  it('pops highest priority first, FIFO within a priority, skipping items no longer waiting', () => {
    const q = new PendingQueue<{ name: string; priority: number; waiting: boolean }>();
    const items = [
      { name: 'a', priority: 0, waiting: true },
      { name: 'b', priority: 3, waiting: true },
      { name: 'c', priority: -1, waiting: true },
      { name: 'd', priority: 3, waiting: false },
      { name: 'e', priority: 3, waiting: true },
      { name: 'f', priority: 0, waiting: true },
    ];
    items.forEach((i) => q.push(i));
    const out: string[] = [];
    for (let i = q.pop(); i; i = q.pop()) out.push(i.name);
    expect(out).toEqual(['b', 'e', 'a', 'f', 'c']);
  });

  it('stays FIFO across compaction with a large backlog', () => {
    const q = new PendingQueue<{ n: number; priority: number; waiting: boolean }>();
    for (let n = 0; n < 5000; n++) q.push({ n, priority: 1, waiting: true });
    const out: number[] = [];
    for (let i = q.pop(); i; i = q.pop()) out.push(i.n);
    expect(out).toEqual(Array.from({ length: 5000 }, (_, n) => n));
  });

  it('keeps items pushed to a priority again after its bucket ran empty', () => {
    const q = new PendingQueue<{ n: number; priority: number; waiting: boolean }>();
    q.push({ n: 1, priority: 2, waiting: true });
    expect(q.pop()?.n).toBe(1);
    expect(q.pop()).toBeUndefined();
    q.push({ n: 2, priority: 2, waiting: true });
    q.push({ n: 3, priority: 5, waiting: true });
    q.push({ n: 4, priority: 2, waiting: true });
    expect([q.pop()?.n, q.pop()?.n, q.pop()?.n, q.pop()]).toEqual([3, 2, 4, undefined]);
  });
});
