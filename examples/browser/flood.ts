import { Observable, type Subscriber } from 'rxjs';
import type { Runtime } from '../../lib/index.js';

const TICK_MS = 100;

/**
 * Submits `count` long-running tasks whose progress changes once a second: a tenth of
 * them every 100 ms from one timer (so the table changes several times a second, as in a
 * busy app, without 10,000 browser timers): the load of the e2e test's 10,000-row check.
 * The timer stops when every task has ended. Returns their ids.
 *
 * @example
 * ```ts
 * const ids = flood(runtime, 10_000);
 * runtime.cancelActive();
 * ```
 */
export function flood(runtime: Runtime, count: number): string[] {
  const live = new Set<Subscriber<number>>();
  const steps = new Map<Subscriber<number>, number>();
  let turn = 0;
  const timer = setInterval(() => {
    let i = 0;
    for (const subscriber of live) {
      if (i++ % 10 !== turn) continue;
      const step = (steps.get(subscriber) ?? 0) + 1;
      steps.set(subscriber, step);
      subscriber.next((step % 10) / 10);
    }
    turn = (turn + 1) % 10;
  }, TICK_MS);
  const task = new Observable<number>((subscriber) => {
    live.add(subscriber);
    return () => {
      live.delete(subscriber);
      steps.delete(subscriber);
      if (live.size === 0) clearInterval(timer);
    };
  });
  return Array.from({ length: count }, (_, i) => runtime.run(task, { description: `flood ${i}` }));
}
