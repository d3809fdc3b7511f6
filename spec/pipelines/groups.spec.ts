import { NEVER, Subject, throwError } from 'rxjs';
import { mergeTask } from '../../lib/pipelines/merge-task';
import { exhaustTask } from '../../lib/pipelines/exhaust-task';
import { switchTask } from '../../lib/pipelines/switch-task';
import type { GroupState } from '../../lib/pipelines/group-state';
import { pumpedRuntime } from '../support/pumped-runtime';
import { finalRows, recorded, rowsAt, slow } from './harness';

describe('task groups', () => {
  it('share their concurrency across two pipelines and show in the rows', () => {
    const rec = recorded((runtime, { cold }) => {
      const decodes = runtime.group({ name: 'decode', concurrency: 2 });
      const project = (q: string) => slow(15, q);
      cold('(abc|)')
        .pipe(mergeTask(runtime, project, { group: decodes, description: (q) => q }))
        .subscribe();
      cold('(de|)')
        .pipe(mergeTask(runtime, project, { group: decodes, description: (q) => q }))
        .subscribe();
    });
    expect(rowsAt(rec, 10)).toEqual(['a:running', 'b:running', 'c:pending', 'd:pending', 'e:pending']);
    expect(rec.tables.at(-1)?.rows.every((r) => r.group === 'decode')).toBe(true);
    // never more than two of the group running in any table the app saw
    for (const t of rec.tables) expect(t.rows.filter((r) => r.status === 'running').length).toBeLessThanOrEqual(2);
    expect(finalRows(rec)).toEqual(['a:completed', 'b:completed', 'c:completed', 'd:completed', 'e:completed']);
  });

  it('state$ emits at most once per frame, with derived state and the last rows', () => {
    const states: { time: number; s: GroupState }[] = [];
    recorded((runtime, { cold }) => {
      const searches = runtime.group({ name: 'search' });
      searches.state$.subscribe((s) => states.push({ time: runtime.scheduler.now(), s }));
      const boom = (q: string) => (q === 'c' ? () => throwError(() => new Error('no')) : slow(50, q));
      cold('a 29ms b 29ms c|')
        .pipe(switchTask(runtime, boom, { group: searches, description: (q) => q }))
        .subscribe({
          error: () => undefined,
        });
    });
    const times = states.map((x) => x.time);
    expect(new Set(times.slice(1)).size).toBe(times.length - 1); // one emission per frame at most
    expect(states[0]?.s).toMatchObject({ isIdle: true, performed: 0 });
    const running = states.find((x) => x.s.isRunning)?.s;
    expect(running).toMatchObject({
      running: 1,
      pending: 0,
      isIdle: false,
      last: { description: 'a', status: 'running' },
    });
    const end = states.at(-1)?.s;
    expect(end).toMatchObject({
      performed: 3,
      cancelled: 2,
      failed: 1,
      completed: 0,
      running: 0,
      pending: 0,
      isIdle: true,
    });
    expect(end?.lastFailed).toMatchObject({ description: 'c', status: 'failed' });
    expect(end?.last).toMatchObject({ description: 'c' });
  });

  it('cancelAll cancels the group’s tasks (reason explicit); run() and task() join groups too', () => {
    let state: GroupState | undefined;
    const rec = recorded((runtime) => {
      const g = runtime.group();
      g.state$.subscribe((s) => (state = s));
      runtime.run(NEVER, { group: g, description: 'r' });
      runtime.task(NEVER, { group: g, description: 't' }).subscribe({ error: () => undefined });
      runtime.run(NEVER, { description: 'other' });
      runtime.scheduler.schedule(() => expect(g.cancelAll()).toBe(2), 20);
      runtime.scheduler.schedule(() => runtime.dispose(), 40);
    });
    expect(rec.tables.at(-1)?.rows.map((r) => `${r.description}:${r.group}:${r.cancelReason}`)).toEqual([
      'r:group-1:explicit',
      't:group-1:explicit',
      'other:undefined:disposed', // cancelAll left it; dispose() cancelled it, and table$ shows that last
    ]);
    const reasons = rec.events.flatMap((e) => (e.type === 'cancelled' ? [e.reason] : []));
    expect(reasons).toEqual(['explicit', 'explicit', 'disposed']);
    expect(state).toMatchObject({ cancelled: 2, isIdle: true });
  });

  it('rejects bad group options at the call, quoting the value', () => {
    recorded((runtime) => {
      expect(() => runtime.group({ concurrency: 0 })).toThrow(
        'options.concurrency: expected a positive integer or Infinity (got 0)',
      );
      expect(() => runtime.group({ concurrency: 1.5 })).toThrow(/got 1\.5/);
      expect(() => runtime.group({ name: '' })).toThrow(/options.name/);
      expect(() => runtime.group({ size: 2 } as never)).toThrow(/options.size: unknown option \(got 2\)/);
      expect(() => runtime.run(NEVER, { group: {} as never })).toThrow(/options.group: expected a TaskGroup/);
    });
  });

  it('never change a state$ row after it was emitted, even one the table has not snapshotted yet', () => {
    const world = pumpedRuntime();
    const { runtime } = world;
    const group = runtime.group({ name: 'g' });
    const source = new Subject<number>();
    source.pipe(exhaustTask(runtime, () => new Subject<number>(), { group })).subscribe();
    source.next(1);
    world.pump.frame();
    source.next(2); // dropped: the group's end-of-frame flush now comes before the table's
    const b = runtime.run(new Subject<number>(), { group });
    const seen: { state: GroupState; status: string | undefined }[] = [];
    group.state$.subscribe((state) => {
      seen.push({ state, status: state.last?.status });
      if (state.last?.id === b && state.last.status === 'running') runtime.cancel(b);
    });
    world.pump.advance(2);
    expect(seen.map((s) => s.status)).toEqual(['running', 'running', 'cancelled']);
    expect(seen.map((s) => s.state.last?.status)).toEqual(seen.map((s) => s.status));
  });
});
