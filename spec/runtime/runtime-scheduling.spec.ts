import { of, timer } from 'rxjs';
import type { TaskRow } from '../../lib/tasks/task-row';
import { inVirtualTime, trace } from './harness';

describe('Runtime scheduling and the table (virtual time)', () => {
  it('honours maxConcurrent and starts the highest priority first, then FIFO', () => {
    const started: string[] = [];
    const names = new Map<string, string>();
    inVirtualTime(
      (rt) => {
        rt.events$.subscribe((e) => e.type === 'started' && started.push(`${names.get(e.id)}@${e.time}`));
        const add = (name: string, priority: number) =>
          names.set(
            rt.run(() => timer(10), { priority, description: name }),
            name,
          );
        add('low1', 0);
        add('low2', 0);
        add('high1', 5);
        add('mid', 2);
        add('high2', 5);
      },
      { maxConcurrent: 2 },
    );
    expect(started).toEqual(['high1@10', 'high2@10', 'mid@30', 'low1@30', 'low2@50']);
  });

  it('emits the table once per frame for many events, and only when something changed', () => {
    const emissions: { time: number; rows: readonly TaskRow[] }[] = [];
    inVirtualTime((rt) => {
      rt.table$.subscribe((rows) => emissions.push({ time: rt.scheduler.now(), rows }));
      for (let i = 0; i < 50; i++) rt.run(of(i), { description: `t${i}` });
    });
    // initial [], then frame 10: all 50 submitted (at 0), started, completed -> one snapshot
    expect(emissions.map((e) => [e.time, e.rows.length])).toEqual([
      [0, 0],
      [10, 50],
    ]);
    expect(emissions[1]?.rows.every((r) => r.status === 'completed' && r.completedAt === 10)).toBe(true);
  });

  it('shows a live duration while running and the total once finished', () => {
    const runningRows: string[] = [];
    inVirtualTime((rt, { cold }) => {
      const id = rt.run(() => timer(35));
      rt.table$.subscribe((rows) => rows.forEach((r) => r.id === id && runningRows.push(`${r.status}:${r.duration}`)));
      cold('30ms x').subscribe(() => rt.run(of(1)));
    });
    expect(runningRows).toEqual(['running:0', 'running:30', 'completed:35']);
  });

  it('removes finished rows once clearAfter has elapsed, on a frame that runs anyway', () => {
    let first = '';
    const { events, runtime } = inVirtualTime(
      (rt, { cold }) => {
        first = rt.run(of(1));
        cold('200ms x').subscribe(() => rt.run(of(2)));
      },
      { clearAfter: 100 },
    );
    // completed at 10; expired at 110 but no frame ran then; swept on the frame at 210
    expect(trace(events, first)).toEqual(['submitted@0', 'started@10', 'completed@10', 'cleared@210']);
    expect(runtime.table$.value.map((r) => r.id)).not.toContain(first);
    expect(() => runtime.status(first)).toThrow('no task with id');
    expect(runtime.scheduler.framesActive).toBe(false);
  });

  it('clears a backlog of expired rows at most 500 per sweep, the rest as budgeted work on the next frames', () => {
    const { events, runtime } = inVirtualTime(
      (rt, { cold }) => {
        for (let i = 0; i < 1_200; i++) rt.run(of(i));
        cold('200ms x').subscribe(() => rt.run(of(-1)));
      },
      { clearAfter: 100 },
    );
    const clearedAt = new Map<number, number>();
    for (const e of events) if (e.type === 'cleared') clearedAt.set(e.time, (clearedAt.get(e.time) ?? 0) + 1);
    // expired at 110, no frame then; the frame at 210 sweeps 500, the next frame the rest
    expect([...clearedAt]).toEqual([
      [210, 500],
      [220, 700],
    ]);
    expect(runtime.table$.value).toHaveLength(1);
    expect(runtime.scheduler.framesActive).toBe(false);
  });

  it('cancelActive, clearFinished and clearAll', () => {
    const { runtime, events } = inVirtualTime((rt, { cold }) => {
      rt.run(of(1));
      rt.run(() => timer(1000));
      cold('20ms x').subscribe(() => {
        rt.run(of(3)); // pending
        expect(rt.cancelActive()).toBe(2);
        expect(rt.clearFinished()).toBe(3); // the completed one and the two just cancelled
      });
      cold('40ms x').subscribe(() => {
        rt.run(() => timer(1000));
        rt.clearAll();
      });
    });
    expect(events.filter((e) => e.type === 'cancelled')).toHaveLength(3);
    expect(events.filter((e) => e.type === 'cleared')).toHaveLength(4);
    expect(events.filter((e) => e.type === 'cancelled').map((e) => e.time)).toEqual([20, 20, 40]);
    expect(runtime.table$.value).toEqual([]);
  });

  it('dispose cancels everything, errors result observers at once and releases frames', () => {
    let error: unknown;
    let completed = false;
    const { runtime, events } = inVirtualTime((rt, { cold }) => {
      const id = rt.run(() => timer(1000));
      rt.run(of(1), { timeout: 500 });
      rt.table$.subscribe({ complete: () => (completed = true) });
      rt.result(id).subscribe({ error: (e) => (error = e) });
      cold('15ms x').subscribe(() => rt.dispose());
    });
    expect(events.map((e) => e.type).slice(-1)).toEqual(['cancelled']);
    expect((error as Error).name).toBe('TaskCancelledError');
    expect(completed).toBe(true);
    expect(runtime.scheduler.framesActive).toBe(false);
    expect(() => runtime.run(of(1))).toThrow('disposed');
  });
});
