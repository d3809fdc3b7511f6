import { ActionQueue, type Queueable } from '../../lib/scheduler/machinery/action-queue';

const item = (token: number): Queueable => ({ token, closed: false });

describe('ActionQueue (ring)', () => {
  it('keeps first-in-first-out order across wrap-around and growth', () => {
    const q = new ActionQueue<Queueable>();
    const seen: number[] = [];
    let next = 1;
    // Interleave pushes and pops so the head wraps, then grow while wrapped.
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 11; i++) q.push(item(next), next, next++);
      for (let i = 0; i < 7; i++) seen.push(q.pop()!.token);
    }
    for (let i = 0; i < 40; i++) q.push(item(next), next, next++);
    while (q.length > 0) seen.push(q.pop()!.token);
    expect(seen).toEqual(Array.from({ length: next - 1 }, (_, i) => i + 1));
  });

  it('reports the head token and due, and counts tokens up to a limit across the wrap', () => {
    const q = new ActionQueue<Queueable>();
    for (let t = 1; t <= 12; t++) q.push(item(t), t, t * 10);
    for (let i = 0; i < 10; i++) q.pop();
    for (let t = 13; t <= 24; t++) q.push(item(t), t, t * 10);
    expect(q.length).toBe(14);
    expect(q.headToken()).toBe(11);
    expect(q.headDue()).toBe(110);
    expect(q.countUpTo(10)).toBe(0);
    expect(q.countUpTo(18)).toBe(8);
    expect(q.countUpTo(99)).toBe(14);
  });

  it('skips stale entries: re-queued under a newer token, or closed', () => {
    const q = new ActionQueue<Queueable>();
    const requeued = item(1);
    const closed = { token: 2, closed: true };
    q.push(requeued, 1, 0);
    q.push(closed, 2, 0);
    requeued.token = 3;
    q.push(requeued, 3, 0);
    expect([q.pop(), q.pop(), q.pop()]).toEqual([undefined, undefined, requeued]);
  });

  it('is empty and re-usable after clear, dropping references to cleared items', () => {
    const q = new ActionQueue<Queueable>();
    for (let t = 1; t <= 40; t++) q.push(item(t), t, 0);
    q.pop();
    q.clear();
    expect(q.length).toBe(0);
    expect((q as unknown as { items: unknown[] }).items.every((x) => x === undefined)).toBe(true);
    q.push(item(41), 41, 0);
    expect(q.pop()!.token).toBe(41);
  });
});
