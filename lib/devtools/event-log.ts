import type { TaskEvent } from '../tasks/task-event.js';

/**
 * One recorded event of a task: the event, the scheduler's frame index when it arrived,
 * and (opt-in, `submitted` only) the stack where the task was created.
 *
 * @example
 * ```ts
 * const e: LoggedEvent = { event, frame: 120, stack: undefined };
 * ```
 */
export interface LoggedEvent {
  readonly event: TaskEvent;
  readonly frame: number;
  readonly stack: string | undefined;
}

const PROGRESS_KEPT = 20;

/**
 * The events of each task since the panel was mounted (`events$` is hot: what came before
 * is not replayed). Bounded: at most `maxTasks` tasks (the oldest dropped first) and, per
 * task, the first and the last {@link PROGRESS_KEPT} progress events; a task's log goes
 * when its row is cleared.
 *
 * @example
 * ```ts
 * runtime.events$.subscribe((e) => log.record(e, runtime.scheduler.frameIndex));
 * log.of(id); // LoggedEvent[]
 * ```
 */
export class EventLog {
  private readonly byTask = new Map<string, LoggedEvent[]>();

  constructor(private readonly maxTasks = 20_000) {}

  record(event: TaskEvent, frame: number, stack?: string): void {
    if (event.type === 'cleared') {
      this.byTask.delete(event.id);
      return;
    }
    let list = this.byTask.get(event.id);
    if (!list) {
      if (this.byTask.size >= this.maxTasks) this.byTask.delete(this.byTask.keys().next().value as string);
      this.byTask.set(event.id, (list = []));
    }
    if (event.type === 'progress') this.trimProgress(list);
    list.push({ event, frame, stack });
  }

  /** The recorded events of task `id`, oldest first (empty when none were seen). */
  of(id: string): readonly LoggedEvent[] {
    return this.byTask.get(id) ?? [];
  }

  /** Forgets everything. */
  clear(): void {
    this.byTask.clear();
  }

  /** Keeps the first progress event and the latest ones: the timeline shows where it began and ended. */
  private trimProgress(list: LoggedEvent[]): void {
    let first = -1;
    let count = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i]!.event.type !== 'progress') continue;
      if (first < 0) first = i;
      count++;
    }
    if (count > PROGRESS_KEPT)
      list.splice(
        list.findIndex((e, i) => i > first && e.event.type === 'progress'),
        1,
      );
  }
}
