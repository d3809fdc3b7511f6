import { defer, of, Subject, tap } from 'rxjs';
import { later } from '../../lib/timing/later';
import { createThread } from '../../lib/threads/create-thread';
import { expectLifecycles, pumpedRuntime, type Pumped } from '../support/pumped-runtime';
import { pumpUntilIdle } from '../support/settle';

/** Guarantee 5 holds when every task ended once, nothing was reported, and the frame source is free. */
function expectClean(world: Pumped): void {
  expectLifecycles(world.events);
  expect(world.errors).toEqual([]);
  expect(world.pump.active).toBe(false);
  expect(world.runtime.scheduler.pendingCount).toBe(0);
}

describe('re-entrancy: the runtime called from inside its own callbacks', () => {
  it('work that runs, cancels and clears from inside its own subscription', () => {
    const world = pumpedRuntime();
    const { runtime } = world;
    let child = '';
    const victim = runtime.run(new Subject<number>());
    const done = runtime.run(of(1));
    world.pump.frame();
    const parent = runtime.run(
      defer(() => {
        child = runtime.run(of('child'));
        runtime.cancel(victim);
        runtime.clearFinished();
        return of('parent');
      }),
    );
    world.pump.drain();
    expect(runtime.getResult(parent)).toBe('parent');
    expect(runtime.getResult(child)).toBe('child');
    const ended = (id: string) => world.events.filter((e) => e.id === id).map((e) => e.type);
    expect(ended(victim)).toEqual(['submitted', 'started', 'cancelled', 'cleared']);
    expect(() => runtime.status(done)).toThrow(expect.objectContaining({ name: 'UnknownTaskError' }));
    expectClean(world);
  });

  it('a task that cancels itself while starting ends cancelled, once', () => {
    const world = pumpedRuntime();
    const id = world.runtime.run((_signal, ctx) => {
      world.runtime.cancel(ctx.id);
      return of(1);
    });
    world.pump.drain();
    expect(world.runtime.status(id)).toBe('cancelled');
    expectClean(world);
  });

  it('events$ subscribers that clear, cancel and submit while a task settles', () => {
    const world = pumpedRuntime({ maxConcurrent: 2 });
    const { runtime } = world;
    const other = runtime.run(new Subject<number>());
    let submitted = 0;
    runtime.events$.subscribe((e) => {
      if (e.type !== 'completed') return;
      runtime.clearFinished();
      if (submitted === 0) runtime.cancel(other);
      if (submitted++ < 3) runtime.run(of('late'));
    });
    const first = runtime.run(of(1));
    world.pump.drain();
    expect(submitted).toBe(4);
    expect(world.rows().every((r) => r.status === 'completed')).toBe(true);
    expect(() => runtime.status(first)).toThrow(expect.objectContaining({ name: 'UnknownTaskError' }));
    expectClean(world);
  });

  it('a table$ subscriber that clears all and runs more work every snapshot', () => {
    const world = pumpedRuntime();
    let rounds = 0;
    world.runtime.table$.subscribe((rows) => {
      if (rows.length === 0 || rounds >= 5) return;
      rounds++;
      world.runtime.clearAll();
      world.runtime.run(of(rounds));
    });
    world.runtime.run(of(0));
    world.pump.drain();
    expect(rounds).toBe(5);
    expect(world.rows().map((r) => r.status)).toEqual(['completed']);
    expectClean(world);
  });

  it.each([
    ['inside work, mid-frame with siblings due', 'work'],
    ['from an events$ subscriber as a task starts', 'event'],
    ['from a table$ subscriber at the end of a frame', 'table'],
    ['from a result callback in the start phase', 'result'],
    ['from a later() callback', 'later'],
  ])('dispose() %s: every task ends once, streams complete, frames are released', (_name, where) => {
    const world = pumpedRuntime();
    const { runtime } = world;
    const dispose = () => runtime.dispose();
    const open = runtime.run(new Subject<number>());
    const timed = runtime.run(new Subject<number>(), { timeout: 1_000 });
    const first = runtime.run(of(1));
    if (where === 'work') runtime.run(defer(() => (dispose(), of(2))));
    if (where === 'event') runtime.events$.pipe(tap((e) => e.type === 'started' && dispose())).subscribe();
    if (where === 'table') runtime.table$.subscribe((rows) => rows.length > 0 && dispose());
    if (where === 'result') runtime.result(first).subscribe(dispose);
    if (where === 'later') later(runtime.scheduler, dispose, { frames: 2 });
    const siblings = runtime.run(of(3));
    const events = { complete: false };
    runtime.events$.subscribe({ complete: () => (events.complete = true) });
    world.pump.advance(5);
    expect(events.complete).toBe(true);
    expect(runtime.status(open)).toBe('cancelled');
    expect(runtime.status(timed)).toBe('cancelled');
    expect(['completed', 'cancelled']).toContain(runtime.status(siblings));
    expect(() => runtime.run(of(1))).toThrow(expect.objectContaining({ code: 'ERR_FRAMETASKS_DISPOSED' }));
    expectClean(world);
    expect(world.pump.subscriptions.live).toBe(0);
  });

  it('a thread that stops itself from its own IN handler and spawns from enter', async () => {
    const world = pumpedRuntime();
    const seen: string[] = [];
    const thread = createThread<string>(
      {
        name: 'self-stopper',
        enter: (ctx) => void ctx.spawn({ name: 'child', exit: () => void seen.push('child exit') }),
        onIn: (message) => {
          seen.push(message);
          void thread.stop();
          expect(() => thread.send('after stop')).toThrow(
            expect.objectContaining({ code: 'ERR_FRAMETASKS_THREAD_STATE' }),
          );
        },
      },
      { scheduler: world.runtime.scheduler },
    ).start();
    thread.send('hello');
    const joined = thread.join();
    await pumpUntilIdle(world);
    expect((await joined).exit.type).toBe('aborted');
    expect(seen).toEqual(['hello', 'child exit']);
    expectClean(world);
  });
});
