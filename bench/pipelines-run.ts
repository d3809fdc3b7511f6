import { concatMap, of, Subject, switchMap, type OperatorFunction } from 'rxjs';
import { hostFrames } from '../lib/frames/host-frames.js';
import { concatTask } from '../lib/pipelines/concat-task.js';
import { switchTask } from '../lib/pipelines/switch-task.js';
import { createRuntime } from '../lib/runtime/create-runtime.js';
import type { Runtime } from '../lib/runtime/runtime.js';
import { cpuMs } from './tasks-lifecycle.js';

const trivial = (): number => 1;
const noop = (): void => undefined;

/** How the values of one run go through the runtime. */
export type Contestant = 'bareRun' | 'policy' | 'rxjsOverTask' | 'rxjsOverOf';

/**
 * µs of CPU per value for `n` values through one contestant, with `table$` subscribed and
 * frames ticked back to back by a host loop (CPU, not waits between frames):
 * - `bareRun`: `runtime.run(trivial)` per value (what a policy operator is compared with);
 * - `policy`: `switchTask` / `concatTask`;
 * - `rxjsOverTask`: `switchMap` / `concatMap` over `runtime.task(trivial)`;
 * - `rxjsOverOf`: `switchMap` / `concatMap` over `of(1)` (RxJS alone, no tasks).
 *
 * The values arrive one per frame, so every task runs to completion under both policies
 * (a burst would make `switch` cancel all but the last: a different workload).
 *
 * @example
 * ```ts
 * usPerValue('switch', 'policy', 100_000);
 * ```
 */
export function usPerValue(policy: 'switch' | 'concat', who: Contestant, n: number): number {
  const host = hostFrames();
  // rows leave the table 1 ms after they end: a table of 100k rows would be copied every frame
  const runtime = createRuntime({ frames: host.frames, clearAfter: 1 });
  const table = runtime.table$.subscribe(noop);
  const input = new Subject<number>();
  let out = 0;
  const sub = who === 'bareRun' ? undefined : input.pipe(operatorFor(runtime, policy, who)).subscribe(() => out++);
  const t0 = cpuMs();
  for (let i = 0; i < n; i++) {
    if (sub === undefined) runtime.run(trivial);
    else input.next(i);
    while (host.tick());
  }
  const spent = cpuMs() - t0;
  sub?.unsubscribe();
  table.unsubscribe();
  runtime.dispose();
  if (sub !== undefined && out !== n) throw new Error(`bench: ${who} ${policy} delivered ${out} of ${n}`);
  return (spent * 1000) / n;
}

function operatorFor(
  runtime: Runtime,
  policy: 'switch' | 'concat',
  who: Contestant,
): OperatorFunction<number, unknown> {
  if (who === 'policy')
    return policy === 'switch' ? switchTask(runtime, () => trivial) : concatTask(runtime, () => trivial);
  const inner = who === 'rxjsOverTask' ? () => runtime.task(trivial) : () => of(1);
  return policy === 'switch' ? switchMap(inner) : concatMap(inner);
}
