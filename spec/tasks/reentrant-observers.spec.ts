import { getEventListeners } from 'node:events';
import { concat, NEVER, Observable, of, Subject } from 'rxjs';
import type { TaskEvent } from '../../lib/tasks/task-event';
import { pumpedRuntime } from '../support/pumped-runtime';

/** The types of one task's events, in the order an events$ observer saw them. */
function typesOf(events: readonly TaskEvent[], id: string): string[] {
  return events.filter((e) => e.id === id).map((e) => e.type);
}

describe('events$ observers and teardowns that call back into the engine', () => {
  it('a gated task cancelled as it is submitted gives its gate slot back and leaves its group', () => {
    const world = pumpedRuntime();
    const { runtime } = world;
    const group = runtime.group({ name: 'one at a time', concurrency: 1 });
    let armed = true;
    runtime.events$.subscribe((e) => {
      if (e.type === 'submitted' && armed) {
        armed = false;
        runtime.cancel(e.id);
      }
    });
    const first = runtime.run(of(1), { group });
    const second = runtime.run(of(2), { group });
    world.pump.advance(2);
    expect(runtime.status(first)).toBe('cancelled');
    expect(runtime.status(second)).toBe('completed');
    expect(group.state$.value).toMatchObject({ pending: 0, running: 0, cancelled: 1, completed: 1 });
    expect(group.cancelAll()).toBe(0);
    expect(world.pump.advance(3)).toBe(0);
  });

  it('a task cancelled as it starts leaves no timeout keeping frames awake', () => {
    const world = pumpedRuntime();
    const { runtime } = world;
    runtime.events$.subscribe((e) => e.type === 'started' && runtime.cancel(e.id));
    const id = runtime.run(new Subject<number>(), { timeout: 10_000 });
    world.pump.advance(2);
    expect(runtime.status(id)).toBe('cancelled');
    expect(world.pump.active).toBe(false);
  });

  it('a teardown that clears finished tasks does not clear its own task before it ended', () => {
    const world = pumpedRuntime();
    const { runtime } = world;
    const done = runtime.run(of(0));
    const id = runtime.run(new Observable<number>(() => () => runtime.clearFinished()));
    world.pump.advance(1);
    runtime.cancel(id);
    expect(typesOf(world.events, done)).toEqual(['submitted', 'started', 'completed', 'cleared']);
    expect(typesOf(world.events, id)).toEqual(['submitted', 'started', 'cancelled']);
    expect(runtime.clearFinished()).toBe(1);
    expect(typesOf(world.events, id)).toEqual(['submitted', 'started', 'cancelled', 'cleared']);
  });

  it('values held while a task started stop being progress once an observer cancels it', () => {
    const world = pumpedRuntime();
    const { runtime } = world;
    runtime.events$.subscribe((e) => e.type === 'progress' && runtime.cancel(e.id));
    const id = runtime.run(concat(of(1, 2, 3), NEVER));
    world.pump.advance(1);
    expect(typesOf(world.events, id)).toEqual(['submitted', 'started', 'progress', 'cancelled']);
  });

  it('a task cancelled as it is submitted leaves nothing bound to its owner', () => {
    const world = pumpedRuntime();
    const { runtime } = world;
    runtime.events$.subscribe((e) => e.type === 'submitted' && runtime.cancel(e.id));
    const owner = new AbortController();
    const id = runtime.run(NEVER, { owner: owner.signal });
    runtime.task(NEVER, { owner: owner.signal }).subscribe({ error: () => undefined });
    expect(runtime.status(id)).toBe('cancelled');
    expect(getEventListeners(owner.signal, 'abort')).toHaveLength(0);
  });
});
