import { interval } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { TaskManager } from '../../lib/tasks/task-manager';
import type { TaskEvent } from '../../lib/tasks/task-event';
import type { TaskManagerOptions } from '../../lib/tasks/task-manager-options';

export interface Harness {
  scheduler: FrameScheduler;
  tasks: TaskManager;
  events: TaskEvent[];
  helpers: Parameters<Parameters<TestScheduler['run']>[0]>[0];
}

/** Runs `fn` in virtual time with a manager on 10 ms frames; recorded events are returned. */
export function virtual(
  fn: (h: Harness) => void,
  options: Omit<TaskManagerOptions, 'scheduler'> = {},
): { events: TaskEvent[]; scheduler: FrameScheduler } {
  const ts = new TestScheduler((a, b) => expect(a).toEqual(b));
  let result: { events: TaskEvent[]; scheduler: FrameScheduler } | undefined;
  ts.run((helpers) => {
    const scheduler = new FrameScheduler({ frames: interval(10) });
    const tasks = new TaskManager({ scheduler, ...options });
    const events: TaskEvent[] = [];
    tasks.events$.subscribe((e) => events.push(e));
    result = { events, scheduler };
    fn({ scheduler, tasks, events, helpers });
  });
  return result as { events: TaskEvent[]; scheduler: FrameScheduler };
}

/** `type@time` for each event of one task, for compact assertions. */
export function trace(events: readonly TaskEvent[], id?: string): string[] {
  return events.filter((e) => id === undefined || e.id === id).map((e) => `${e.type}@${e.time}`);
}
