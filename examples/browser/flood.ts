import { Observable, of, type Subscriber } from 'rxjs';
import type { Runtime } from '../../lib/index.js';

const TICK_MS = 100;

/**
 * Submits `count` tasks: `running` of them long-running, their progress changing once a
 * second (a tenth of them every 100 ms, from one timer rather than thousands), the rest
 * finishing at once: the table of a busy app, and the load of the e2e test's
 * 10,000-row check. The timer stops when every long task has ended. Returns the ids.
 *
 * @example
 * ```ts
 * const ids = flood(runtime, 10_000, 1_000);
 * runtime.cancelActive();
 * ```
 */
export function flood(runtime: Runtime, count: number, running: number): string[] {
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
  const long = new Observable<number>((subscriber) => {
    live.add(subscriber);
    return () => {
      live.delete(subscriber);
      steps.delete(subscriber);
      if (live.size === 0) clearInterval(timer);
    };
  });
  const every = Math.max(1, Math.round(count / Math.max(1, running)));
  return Array.from({ length: count }, (_, i) =>
    runtime.run(i % every === 0 && i / every < running ? long : of(i), { description: `flood ${i}` }),
  );
}
