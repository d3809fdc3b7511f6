import { ChunkQueue } from '../../lib/tasks/engine/chunk-queue';

describe('ChunkQueue', () => {
  it('is first in, first out across chunk boundaries, with pushes and shifts interleaved', () => {
    const q = new ChunkQueue<number>();
    const model: number[] = [];
    let next = 0;
    // uneven bursts so both the head and the tail cross chunks (4,096 items) many times
    for (let round = 0; round < 40; round++) {
      const pushes = (round * 977) % 9000;
      for (let i = 0; i < pushes; i++) {
        q.push(next);
        model.push(next++);
      }
      const shifts = Math.min((round * 1423) % 8000, model.length);
      expect(q.peek()).toBe(model[0]);
      const taken: (number | undefined)[] = [];
      for (let i = 0; i < shifts; i++) taken.push(q.shift());
      expect(taken).toEqual(model.splice(0, shifts));
      expect(q.empty).toBe(model.length === 0);
    }
    const rest: (number | undefined)[] = [];
    while (!q.empty) rest.push(q.shift());
    expect(rest).toEqual(model);
    expect(q.shift()).toBeUndefined();
    expect(q.peek()).toBeUndefined();
  });

  it('starts afresh after clear', () => {
    const q = new ChunkQueue<string>();
    for (let i = 0; i < 5000; i++) q.push(`x${i}`);
    q.clear();
    expect(q.empty).toBe(true);
    q.push('a');
    expect(q.shift()).toBe('a');
    expect(q.empty).toBe(true);
  });

  it('gives back used-up chunks', () => {
    const q = new ChunkQueue<number>();
    for (let i = 0; i < 100_000; i++) q.push(i);
    for (let i = 0; i < 99_000; i++) q.shift();
    const chunks = (q as unknown as { chunks: unknown[][] }).chunks;
    expect(chunks.length).toBeLessThanOrEqual(2);
  });
});
