import { config, map, observeOn, of, Subject, timer } from 'rxjs';
import { every } from '../../lib/timing/every';
import { later } from '../../lib/timing/later';
import { createThread } from '../../lib/threads/create-thread';
import { expectLifecycles, pumpedRuntime } from '../support/pumped-runtime';
import { pumpUntilIdle } from '../support/settle';

const boom = (where: string) => new Error(`boom in ${where}`);

describe('errors stay where they happen (guarantee 3)', () => {
  it("one throwing action does not unsubscribe its siblings (RxJS's own flush does)", () => {
    const world = pumpedRuntime();
    const ran: number[] = [];
    const s = world.runtime.scheduler;
    s.schedule(() => ran.push(1));
    s.schedule(() => {
      throw boom('action');
    });
    s.schedule(() => ran.push(3));
    s.schedule(() => ran.push(4), 20);
    world.pump.drain();
    expect(ran).toEqual([1, 3, 4]);
    expect(world.errors).toEqual([boom('action')]);
  });

  it('work that throws fails only its task; siblings complete; nothing is reported twice', () => {
    const world = pumpedRuntime({ maxConcurrent: 2 });
    const ok = world.runtime.run(of('ok'));
    const sync = world.runtime.run(() => {
      throw boom('work');
    });
    const generator = world.runtime.run(function* () {
      yield 1;
      throw boom('generator');
    });
    const later$ = world.runtime.run(timer(30, world.runtime.scheduler));
    world.pump.drain();
    expect([ok, sync, generator, later$].map((id) => world.runtime.status(id))).toEqual([
      'completed',
      'failed',
      'failed',
      'completed',
    ]);
    expect(world.events.filter((e) => e.type === 'failed')).toHaveLength(2);
    expect(world.errors).toEqual([]);
    expectLifecycles(world.events);
  });

  it('an operator that throws inside a pipeline on the scheduler errors that pipeline only', () => {
    const world = pumpedRuntime();
    const got: string[] = [];
    const s = world.runtime.scheduler;
    of(1, 2, 3)
      .pipe(
        observeOn(s),
        map((n) => {
          if (n === 2) throw boom('map');
          return n;
        }),
      )
      .subscribe({ next: (n) => got.push(`a${n}`), error: (e: Error) => got.push(e.message) });
    of(1, 2, 3)
      .pipe(observeOn(s))
      .subscribe((n) => got.push(`b${n}`));
    const task = world.runtime.run(
      of(1, 2).pipe(
        observeOn(s),
        map(() => 'task'),
      ),
    );
    world.pump.drain();
    expect(got).toEqual(['a1', 'boom in map', 'b1', 'b2', 'b3']);
    expect(world.runtime.status(task)).toBe('completed');
  });

  it('throwing later()/every() callbacks are reported once each; repeats and siblings go on', () => {
    const world = pumpedRuntime();
    const s = world.runtime.scheduler;
    let ticks = 0;
    later(s, () => {
      throw boom('later');
    });
    const repeat = every(s, () => {
      ticks++;
      throw boom('every');
    });
    let sibling = false;
    later(s, () => (sibling = true));
    world.pump.advance(3);
    repeat.unsubscribe();
    world.pump.drain();
    expect(sibling).toBe(true);
    expect(ticks).toBe(3);
    expect(world.errors.map((e) => (e as Error).message)).toEqual([
      'boom in later',
      'boom in every',
      'boom in every',
      'boom in every',
    ]);
  });

  it('a throwing table$ or events$ subscriber goes to RxJS onUnhandledError once; frames and tasks go on', async () => {
    const unhandled: unknown[] = [];
    const saved = config.onUnhandledError;
    config.onUnhandledError = (e) => unhandled.push(e);
    try {
      const world = pumpedRuntime();
      world.runtime.table$.subscribe(() => {
        throw boom('table subscriber');
      });
      world.runtime.events$.subscribe((e) => {
        if (e.type === 'started') throw boom('events subscriber');
      });
      const a = world.runtime.run(of(1));
      const open = new Subject<number>();
      const b = world.runtime.run(open);
      world.pump.frame();
      open.next(2);
      open.complete();
      world.pump.drain();
      expect([world.runtime.status(a), world.runtime.status(b)]).toEqual(['completed', 'completed']);
      expect(world.rows().map((r) => r.status)).toEqual(['completed', 'completed']);
      // RxJS reports subscriber errors on a timeout of 0 (its rule, not ours)
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      const messages = unhandled.map((e) => (e as Error).message);
      expect(messages.filter((m) => m === 'boom in events subscriber')).toHaveLength(2);
      // the BehaviorSubject's current [] on subscribe, then one snapshot per frame that changed something
      expect(messages.filter((m) => m === 'boom in table subscriber').length).toBeGreaterThanOrEqual(2);
      expect(world.errors).toEqual([]);
    } finally {
      config.onUnhandledError = saved;
    }
  });

  it('a thread whose enter or exit throws crashes alone under isolate; its sibling keeps running', async () => {
    const world = pumpedRuntime();
    const outcomes: string[] = [];
    const teardown: unknown[] = [];
    const root = createThread(
      {
        name: 'root',
        enter: (ctx) => {
          ctx.spawn(
            {
              name: 'bad-enter',
              enter: () => {
                throw boom('enter');
              },
            },
            { policy: 'isolate' },
          );
          const badExit = ctx.spawn(
            {
              name: 'bad-exit',
              exit: () => {
                throw boom('exit');
              },
            },
            { policy: 'isolate' },
          );
          badExit.exit$.subscribe((o) => teardown.push(...o.teardownErrors));
          ctx.spawn({ name: 'good' }, { policy: 'isolate' });
        },
        onChildExit: (outcome, from) =>
          void outcomes.push(`${from.name}:${outcome.exit.type}:${outcome.teardownErrors.length}`),
      },
      { scheduler: world.runtime.scheduler },
    ).start();
    await pumpUntilIdle(world);
    expect(outcomes).toEqual(['bad-enter:crashed:0']);
    expect(root.status).toBe('running');
    const joined = root.stop();
    await pumpUntilIdle(world);
    const outcome = await joined;
    expect(outcome.exit.type).toBe('aborted');
    expect(teardown).toEqual([boom('exit')]);
  });
});
