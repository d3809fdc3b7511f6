import { of, Subject } from 'rxjs';
import { LiveCounter } from './counting';
import { pumpedRuntime, type Pumped } from './pumped-runtime';

/** What a churn leaves behind: every count must be zero once it is done. */
export interface Leftovers {
  readonly tasksRun: number;
  readonly liveWork: number;
  readonly liveGenerators: number;
  readonly queuedActions: number;
  readonly frameSourceSubscriptions: number;
  readonly rows: number;
  readonly lost: number;
}

/**
 * Pushes `count` mixed tasks through a runtime on pumped frames, in batches: frame work
 * that completes, fails, is cancelled or times out, and time-sliced generators; finished
 * rows leave through `clearAfter: 0` and `clearFinished()`.
 */
export function churn(
  count: number,
  batch = 500,
  world: Pumped = pumpedRuntime({ clearAfter: 0, maxConcurrent: 64 }, 10, false),
): Leftovers {
  const work = new LiveCounter();
  const gens = { live: 0 };
  const { runtime, pump } = world;
  let terminal = 0;
  const sub = runtime.events$.subscribe((e) => {
    if (e.type === 'completed' || e.type === 'failed' || e.type === 'cancelled' || e.type === 'timedOut') terminal++;
  });
  for (let done = 0; done < count; done += batch) {
    const open: Subject<number>[] = [];
    for (let i = 0; i < batch; i++) submit(world, done + i, work, gens, open);
    pump.advance(2);
    for (const s of open.splice(0)) {
      s.next(1);
      s.complete();
    }
    runtime.cancelActive();
    pump.drain();
    runtime.clearFinished();
    pump.drain();
  }
  sub.unsubscribe();
  return {
    tasksRun: count,
    liveWork: work.live,
    liveGenerators: gens.live,
    queuedActions: runtime.scheduler.pendingCount,
    frameSourceSubscriptions: pump.subscriptions.live,
    rows: world.rows().length,
    lost: count - terminal,
  };
}

function submit(world: Pumped, n: number, work: LiveCounter, gens: { live: number }, open: Subject<number>[]): void {
  const { runtime } = world;
  switch (n % 6) {
    case 0:
      runtime.run(work.wrap(of(n)));
      return;
    case 1:
      runtime.run(() => {
        throw new Error('fails');
      });
      return;
    case 2: {
      const s = new Subject<number>();
      open.push(s);
      runtime.run(work.wrap(s));
      return;
    }
    case 3:
      runtime.run(work.wrap(new Subject<number>()), { timeout: 10 });
      return;
    case 4:
      runtime.run(work.wrap(new Subject<number>()));
      return;
    default:
      runtime.run(function* () {
        gens.live++;
        try {
          for (let i = 0; i < 3; i++) yield i;
        } finally {
          gens.live--;
        }
      });
  }
}
