import { reduceTaskRow } from '../../lib/tasks/reduce-task-row';
import { reduceTable, withLiveDurations } from '../../lib/tasks/reduce-table';
import { foldTaskEvent } from '../../lib/tasks/task-table';
import { RowStore } from '../../lib/tasks/store/row-store';
import type { TaskEvent } from '../../lib/tasks/task-event';
import type { TaskRow } from '../../lib/tasks/task-row';

const submitted = (id: string, time = 0): TaskEvent => ({
  type: 'submitted',
  id,
  time,
  description: `task ${id}`,
  kind: 'frame',
  parentId: undefined,
  group: undefined,
  priority: 0,
  info: { n: 1 },
  meta: undefined,
  timeout: undefined,
});
const error = { name: 'Error', code: undefined, message: 'x' };

describe('reduceTaskRow', () => {
  it('walks pending -> running -> completed with times and duration', () => {
    const events: TaskEvent[] = [
      submitted('a', 1),
      { type: 'started', id: 'a', time: 5 },
      { type: 'progress', id: 'a', time: 6, progress: 0.5 },
      { type: 'completed', id: 'a', time: 12 },
    ];
    const row = events.reduce<TaskRow | undefined>(reduceTaskRow, undefined);
    expect(row).toMatchObject({
      status: 'completed',
      createdAt: 1,
      startedAt: 5,
      completedAt: 12,
      duration: 7,
      progress: 0.5,
    });
  });

  it.each([
    ['failed', 'failed'],
    ['timedOut', 'timeout'],
  ] as const)('%s records the error and status %s', (type, status) => {
    const row = [
      submitted('a'),
      { type: 'started', id: 'a', time: 2 } as TaskEvent,
      { type, id: 'a', time: 4, error },
    ].reduce<TaskRow | undefined>(reduceTaskRow, undefined);
    expect(row).toMatchObject({ status, error, duration: 2 });
  });

  it('a task cancelled while pending has duration 0 and no start', () => {
    const row = reduceTaskRow(reduceTaskRow(undefined, submitted('a')), {
      type: 'cancelled',
      id: 'a',
      time: 9,
      reason: 'explicit',
    });
    expect(row).toMatchObject({ status: 'cancelled', startedAt: undefined, completedAt: 9, duration: 0 });
  });

  it('ignores events after a terminal status (same object) and unknown ids; cleared removes', () => {
    const done = reduceTaskRow(reduceTaskRow(undefined, submitted('a')), {
      type: 'cancelled',
      id: 'a',
      time: 1,
      reason: 'explicit',
    });
    expect(reduceTaskRow(done, { type: 'started', id: 'a', time: 2 })).toBe(done);
    expect(reduceTaskRow(done, { type: 'progress', id: 'a', time: 2, progress: 1 })).toBe(done);
    expect(reduceTaskRow(undefined, { type: 'completed', id: 'z', time: 2 })).toBeUndefined();
    expect(reduceTaskRow(done, { type: 'cleared', id: 'a', time: 3 })).toBeUndefined();
    const submittedTwice = reduceTaskRow(done, submitted('a', 5));
    expect(submittedTwice).toBe(done);
  });

  it('is pure: never mutates its input', () => {
    const row = Object.freeze(reduceTaskRow(undefined, submitted('a')) as TaskRow);
    expect(() => reduceTaskRow(row, { type: 'started', id: 'a', time: 1 })).not.toThrow();
    expect(row.status).toBe('pending');
  });
});

describe('reduceTable and the keyed fold', () => {
  const events: TaskEvent[] = [
    submitted('a'),
    submitted('b'),
    { type: 'started', id: 'b', time: 1 },
    submitted('c', 2),
    { type: 'completed', id: 'b', time: 3 },
    { type: 'cleared', id: 'a', time: 4 },
    { type: 'started', id: 'c', time: 4 },
  ];

  it('keeps submission order, removes cleared rows', () => {
    const rows = events.reduce(reduceTable, [] as readonly TaskRow[]);
    expect(rows.map((r) => `${r.id}:${r.status}`)).toEqual(['b:completed', 'c:running']);
  });

  it('the in-place keyed fold gives the same rows as the pure array reducer', () => {
    const map = events.reduce(foldTaskEvent, new Map<string, TaskRow>());
    expect([...map.values()]).toEqual(events.reduce(reduceTable, [] as readonly TaskRow[]));
  });

  it('the row store (drafts written in place) equals the pure fold at every snapshot and never mutates a published row', () => {
    const store = new RowStore();
    const published: { rows: TaskRow[]; frozen: string }[] = [];
    let applied: TaskEvent[] = [];
    for (const [i, event] of events.entries()) {
      store.apply(event);
      applied = [...applied, event];
      if (i % 2 === 1) {
        const rows = store.snapshot(event.time);
        expect(rows).toEqual(withLiveDurations(applied.reduce(reduceTable, [] as readonly TaskRow[]), event.time));
        published.push({ rows, frozen: JSON.stringify(rows) });
      }
    }
    for (const p of published) expect(JSON.stringify(p.rows)).toBe(p.frozen);
  });

  it('withLiveDurations fills in running durations only', () => {
    const rows = withLiveDurations(events.reduce(reduceTable, [] as readonly TaskRow[]), 10);
    expect(rows.map((r) => r.duration)).toEqual([2, 6]);
  });
});
