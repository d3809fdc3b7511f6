import type { Subscription } from 'rxjs';
import { createRuntime } from '../../lib/runtime/create-runtime';
import type { Runtime } from '../../lib/runtime/runtime';
import type { RuntimeOptions } from '../../lib/runtime/runtime-options';
import type { TaskEvent } from '../../lib/tasks/task-event';
import type { TaskRow } from '../../lib/tasks/task-row';
import { PumpedFrames } from './counting';

/** A runtime on synchronously pumped frames and a manual clock, with everything it emits recorded. */
export interface Pumped {
  readonly pump: PumpedFrames;
  readonly runtime: Runtime;
  readonly events: TaskEvent[];
  readonly errors: unknown[];
  /** The latest table$ emission. */
  rows(): readonly TaskRow[];
  /** The clock when table$ last emitted (live durations are computed then). */
  rowsAt(): number;
  readonly subscriptions: Subscription[];
}

/** `record: false` keeps no event log (for long runs, where the log itself would grow). */
export function pumpedRuntime(
  options: Omit<RuntimeOptions, 'frames' | 'clock'> = {},
  frameMs = 10,
  record = true,
): Pumped {
  const pump = new PumpedFrames(frameMs);
  const runtime = createRuntime({ frames: pump.frames, clock: pump.clock, ...options });
  const events: TaskEvent[] = [];
  const errors: unknown[] = [];
  let last: readonly TaskRow[] = [];
  let lastAt = 0;
  const subscriptions = [
    runtime.events$.subscribe((e) => record && events.push(e)),
    runtime.scheduler.errors$.subscribe((e) => errors.push(e)),
    runtime.table$.subscribe((rows) => {
      last = rows;
      lastAt = pump.clock.t;
    }),
  ];
  return { pump, runtime, events, errors, rows: () => last, rowsAt: () => lastAt, subscriptions };
}

const terminalTypes = new Set(['completed', 'failed', 'cancelled', 'timedOut']);

/** Guarantee 1 on a recorded event log: submitted first, one terminal event, only `cleared` after it (and never before). */
export function expectLifecycles(events: readonly TaskEvent[]): void {
  const byId = new Map<string, TaskEvent[]>();
  for (const e of events) {
    const list = byId.get(e.id);
    if (list) list.push(e);
    else byId.set(e.id, [e]);
  }
  for (const [id, list] of byId) {
    const types = list.map((e) => e.type);
    const terminal = types.filter((t) => terminalTypes.has(t));
    const at = types.findIndex((t) => terminalTypes.has(t));
    const after = at < 0 ? [] : types.slice(at + 1);
    // `cleared` only ever follows the terminal event
    const clearedAt = types.indexOf('cleared');
    const ok =
      types[0] === 'submitted' &&
      terminal.length <= 1 &&
      after.every((t) => t === 'cleared') &&
      after.length <= 1 &&
      (clearedAt < 0 || (at >= 0 && clearedAt > at));
    if (!ok) throw new Error(`bad lifecycle for ${id}: ${types.join(' ')}`);
  }
}
