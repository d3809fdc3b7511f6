import type { Subscription } from 'rxjs';
import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';
import type { TaskRecord } from '../task-record.js';
import type { StartLine } from './start-line.js';

type Task = TaskRecord<unknown>;

/**
 * Starts pending tasks on frames: one scheduled action starts as many as the frame's
 * budget allows (`shouldYield()`), then re-schedules itself if more can start. Requests
 * made while it runs (a task ending during its start frees a slot) are folded into the
 * running loop instead of scheduling another action.
 *
 * @example
 * ```ts
 * const pump = new StartPump(scheduler, line, (task) => startTask(engine, task));
 * pump.request();
 * ```
 */
export class StartPump {
  #action: Subscription | undefined;
  #running = false;

  readonly #scheduler: FrameScheduler;
  readonly #line: StartLine;
  readonly #start: (task: Task) => void;

  // the line itself, not callbacks around it: its canStart and next are the pump's loop, once per task
  constructor(scheduler: FrameScheduler, line: StartLine, start: (task: Task) => void) {
    this.#scheduler = scheduler;
    this.#line = line;
    this.#start = start;
  }

  request(): void {
    if (this.#action === undefined && !this.#running && this.#line.canStart()) {
      this.#action = this.#scheduler.schedule(this.#run);
    }
  }

  stop(): void {
    this.#action?.unsubscribe();
    this.#action = undefined;
  }

  readonly #run = (): void => {
    this.#action = undefined;
    this.#running = true;
    try {
      for (let task; this.#line.canStart() && (task = this.#line.next()) !== undefined;) {
        this.#start(task);
        if (this.#scheduler.shouldYield()) break;
      }
    } finally {
      this.#running = false;
      this.request();
    }
  };
}
