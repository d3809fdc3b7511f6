import { map, timer } from 'rxjs';
import type { Runtime } from '../../lib/index.js';

/**
 * Submits `count` long-running tasks whose progress changes once a second, their timers
 * spread over the second (so the table changes on most frames, as in a busy app): the
 * load of the e2e test's 10,000-row check. Returns their ids.
 *
 * @example
 * ```ts
 * const ids = flood(runtime, 10_000);
 * runtime.cancelActive();
 * ```
 */
export function flood(runtime: Runtime, count: number): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const tick$ = timer(i % 1000, 1000).pipe(map((n) => ((n + 1) % 10) / 10));
    ids.push(runtime.run(tick$, { description: `flood ${i}` }));
  }
  return ids;
}
