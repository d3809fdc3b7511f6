import { NEVER, Subject, type Observable } from 'rxjs';
import { DisposedError } from '../../lib/errors';
import { concatTask } from '../../lib/pipelines/concat-task';
import { exhaustTask } from '../../lib/pipelines/exhaust-task';
import type { GroupState } from '../../lib/pipelines/group-state';
import { keepLatestTask } from '../../lib/pipelines/keep-latest-task';
import { mergeTask } from '../../lib/pipelines/merge-task';
import { switchTask } from '../../lib/pipelines/switch-task';
import type { TaskGroup } from '../../lib/pipelines/task-group';
import type { Runtime } from '../../lib/runtime/runtime';
import { pumpedRuntime } from '../support/pumped-runtime';
import { recorded, rowsAt } from './harness';

/** Every state$ emission with the virtual time it came at, and when state$ completed. */
function watch(runtime: Runtime, group: TaskGroup) {
  const seen = { states: [] as { time: number; s: GroupState }[], completedAt: undefined as number | undefined };
  group.state$.subscribe({
    next: (s) => seen.states.push({ time: runtime.scheduler.now(), s }),
    complete: () => (seen.completedAt = runtime.scheduler.now()),
  });
  return seen;
}

const disposedMessage = 'TaskGroup "level-1" is disposed';

describe('TaskGroup.dispose()', () => {
  it('cancels its pending, then its running tasks (reason explicit), emits the final state, completes state$', () => {
    let seen: ReturnType<typeof watch> | undefined;
    let disposedAt: number | undefined;
    const rec = recorded((runtime) => {
      const level = runtime.group({ name: 'level-1', concurrency: 1 });
      seen = watch(runtime, level);
      runtime.run(NEVER, { group: level, description: 'a' });
      runtime.run(NEVER, { group: level, description: 'b' }); // waits for a's slot
      runtime.run(NEVER, { description: 'other' });
      runtime.scheduler.schedule(() => {
        disposedAt = runtime.scheduler.now();
        level.dispose();
      }, 25);
      runtime.scheduler.schedule(() => runtime.dispose(), 60);
    });
    expect(rowsAt(rec, 20)).toEqual(['a:running', 'b:pending', 'other:running']);
    expect(rowsAt(rec, 50)).toEqual(['a:cancelled:explicit', 'b:cancelled:explicit', 'other:running']);
    const cancelled = rec.events.flatMap((e) => (e.type === 'cancelled' ? [`${e.id}:${e.reason}`] : []));
    const [a, b] = rec.tables.at(-1)?.rows.map((r) => r.id) ?? [];
    // the pending one first: cancelling the running one first would hand its slot to b
    expect(cancelled.slice(0, 2)).toEqual([`${b}:explicit`, `${a}:explicit`]);
    const last = seen?.states.at(-1);
    expect(disposedAt).toBeDefined();
    expect(last?.time).toBe(disposedAt); // at the call, not at the frame's end
    expect(last?.s).toMatchObject({ performed: 2, cancelled: 2, running: 0, pending: 0, isIdle: true });
    expect(last?.s.last).toMatchObject({ description: 'b', status: 'cancelled', cancelReason: 'explicit' });
    expect(seen?.completedAt).toBe(disposedAt);
  });

  it('leaves the runtime, which disposes only the groups still open, newest first', () => {
    const { runtime } = pumpedRuntime();
    const [scene1, scene2, scene3] = ['s1', 's2', 's3'].map((name) => runtime.group({ name }));
    expect(runtime.groups).toEqual([scene1, scene2, scene3]);
    scene2?.dispose();
    expect(runtime.groups).toEqual([scene1, scene3]);
    const order: string[] = [];
    for (const g of [scene1, scene2, scene3]) g?.state$.subscribe({ complete: () => order.push(g.name) });
    const again = jest.spyOn(scene2 as TaskGroup, 'dispose');
    runtime.dispose();
    expect(order).toEqual(['s2', 's3', 's1']); // s2 was complete already (a late subscriber sees that at once)
    expect(again).not.toHaveBeenCalled();
    expect(runtime.groups).toEqual([]);
  });

  it('is idempotent: a second dispose() (or the runtime’s) emits and completes nothing more', () => {
    const { runtime } = pumpedRuntime();
    const level = runtime.group({ name: 'level-1' });
    runtime.run(NEVER, { group: level });
    const seen = watch(runtime, level);
    level.dispose();
    const count = seen.states.length;
    level.dispose();
    runtime.dispose();
    expect(seen.states).toHaveLength(count);
    expect(seen.states.at(-1)?.s).toMatchObject({ cancelled: 1, isIdle: true });
    expect(level.disposed).toBe(true);
  });

  it('then throws DisposedError quoting its name from run, task, cancelAll and an operator’s creation', () => {
    const { runtime } = pumpedRuntime();
    const level = runtime.group({ name: 'level-1' });
    const early = runtime.task(NEVER, { group: level }); // made before, subscribed after
    level.dispose();
    const thrown = (fn: () => unknown) => {
      expect(fn).toThrow(DisposedError);
      expect(fn).toThrow(disposedMessage);
    };
    thrown(() => runtime.run(NEVER, { group: level }));
    thrown(() => runtime.run([NEVER, NEVER], { group: level }));
    thrown(() => runtime.task(NEVER, { group: level }));
    thrown(() => level.cancelAll());
    thrown(() => switchTask(runtime, () => NEVER, { group: level }));
    const errors: unknown[] = [];
    early.subscribe({ error: (e: unknown) => errors.push(e) });
    expect(errors).toEqual([expect.objectContaining({ code: 'ERR_FRAMETASKS_DISPOSED', message: disposedMessage })]);
    expect(runtime.tasks.table$.value).toEqual([]); // nothing was submitted
  });

  const operators = { switchTask, exhaustTask, concatTask, mergeTask, keepLatestTask };
  it.each(Object.keys(operators))('then errors a %s pipeline when its next value arrives', (name) => {
    const world = pumpedRuntime();
    const { runtime } = world;
    const level = runtime.group({ name: 'level-1' });
    const make = operators[name as keyof typeof operators];
    const source = new Subject<number>();
    const out: string[] = [];
    const errors: unknown[] = [];
    const pipe = make(runtime, () => NEVER as Observable<number>, { group: level });
    source.pipe(pipe).subscribe({ next: (v) => out.push(`next ${v}`), error: (e: unknown) => errors.push(e) });
    source.next(1);
    world.pump.frame();
    level.dispose(); // cancels 1's task; the pipeline goes on, as after any outside cancel
    world.pump.frame();
    expect(errors).toEqual([]);
    source.next(2);
    expect(errors).toEqual([expect.objectContaining({ code: 'ERR_FRAMETASKS_DISPOSED', message: disposedMessage })]);
    expect(errors[0]).toBeInstanceOf(DisposedError);
    expect(source.observed).toBe(false); // the pipeline let go of its source
    expect(world.rows().map((r) => `${r.status}:${r.cancelReason}`)).toEqual(['cancelled:explicit']);
    expect(out).toEqual([]);
  });

  it('errors a pipeline subscribed after the group was disposed at once (it never hangs)', () => {
    const { runtime } = pumpedRuntime();
    const level = runtime.group({ name: 'level-1' });
    const pipe = mergeTask(runtime, () => NEVER, { group: level });
    level.dispose();
    const errors: unknown[] = [];
    NEVER.pipe(pipe).subscribe({ error: (e: unknown) => errors.push(e) });
    expect(errors).toEqual([expect.objectContaining({ message: disposedMessage })]);
  });

  it('is an owner: tasks and calls tied to it end when it is disposed', () => {
    const { runtime, events } = pumpedRuntime();
    const level = runtime.group({ name: 'level-1' });
    const id = runtime.run(NEVER, { owner: level, description: 'music' }); // not in the group
    level.dispose();
    expect(runtime.status(id)).toBe('cancelled');
    expect(events.filter((e) => e.type === 'cancelled')).toEqual([expect.objectContaining({ id, reason: 'owner' })]);
  });
});
