import { interval } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { createRuntime } from '../../lib/runtime/create-runtime';
import type { Runtime } from '../../lib/runtime/runtime';
import type { RuntimeOptions } from '../../lib/runtime/runtime-options';
import type { TaskEvent } from '../../lib/tasks/task-event';

export type Helpers = Parameters<Parameters<TestScheduler['run']>[0]>[0];

/** Runs `fn` in virtual time with a runtime on 10 ms frames; returns the runtime and its events. */
export function inVirtualTime(
  fn: (runtime: Runtime, helpers: Helpers) => void,
  options: Omit<RuntimeOptions, 'frames'> = {},
): { runtime: Runtime; events: TaskEvent[] } {
  const ts = new TestScheduler((a, b) => expect(a).toEqual(b));
  let out: { runtime: Runtime; events: TaskEvent[] } | undefined;
  ts.run((helpers) => {
    const runtime = createRuntime({ frames: interval(10), ...options });
    const events: TaskEvent[] = [];
    runtime.events$.subscribe((e) => events.push(e));
    out = { runtime, events };
    fn(runtime, helpers);
  });
  return out as { runtime: Runtime; events: TaskEvent[] };
}

/** `type@time` of one task's events. */
export function trace(events: readonly TaskEvent[], id: string): string[] {
  return events.filter((e) => e.id === id).map((e) => `${e.type}@${e.time}`);
}
