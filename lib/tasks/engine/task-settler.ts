import { TaskTimeoutError } from '../../errors.js';
import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';
import { isTerminal } from '../reduce-task-row.js';
import type { TaskRecord } from '../task-record.js';
import type { TerminalStatus } from '../task-types.js';
import type { EventRoute } from './event-route.js';
import type { ExpirySweeper } from './expiry-sweeper.js';
import type { StartLine } from './start-line.js';
import type { StartPump } from './start-pump.js';
import { stopWork } from './stop-work.js';
import { terminalEvent } from './terminal-event.js';

/**
 * The terminal transition, the one way every task ends (completed, failed, cancelled,
 * timed out): exactly once, it gives back the task's slot and gate places, stops its work,
 * emits its terminal event, logs it for the clearAfter sweep, wakes its waiters and lets
 * the next task start. The engine's ways in (submit, admit, start) stay in
 * {@link TaskEngine}; this class holds the parts the way out needs, #private like the
 * engine's own, and is made once per engine, so ending a task costs one call, as before.
 *
 * @example
 * ```ts
 * const settler = new TaskSettler(scheduler, line, engine, expiry, pump);
 * settler.settle(task, 'failed', error);
 * task.timer = scheduler.deadline(settler.timeout, task.timeout, task);
 * ```
 */
export class TaskSettler {
  readonly #scheduler: FrameScheduler;
  readonly #line: StartLine;
  readonly #route: EventRoute;
  readonly #expiry: ExpirySweeper;
  readonly #pump: StartPump;

  constructor(scheduler: FrameScheduler, line: StartLine, route: EventRoute, expiry: ExpirySweeper, pump: StartPump) {
    this.#scheduler = scheduler;
    this.#line = line;
    this.#route = route;
    this.#expiry = expiry;
    this.#pump = pump;
  }

  /** Ends a task in `status` (`error` is its TaskError, if any); a task that already ended is left as it is. */
  settle(task: TaskRecord<unknown>, status: TerminalStatus, error: unknown): void {
    if (isTerminal(task.status)) return;
    const wasPending = task.status === 'pending';
    task.status = status;
    task.error = error;
    this.#line.ended(task, wasPending);
    stopWork(task, this.#scheduler, status === 'cancelled' || status === 'timeout');
    const time = this.#scheduler.now();
    // a completed task nobody but the table watches ends with a reused event (see ScratchEvents)
    const quiet = status === 'completed' && this.#route.quiet(task);
    this.#route.emit(
      task,
      quiet ? this.#route.scratch.completed(task.id, time) : terminalEvent(task.id, time, status, error),
    );
    this.#expiry.finished(task.id);
    task.notify();
    this.#pump.request();
  }

  /**
   * What a started task's timeout deadline calls (see {@link TaskEngine.markStarted}): it
   * times the task out if it still runs. One function per engine, so arming costs no closure.
   */
  readonly timeout = (task?: TaskRecord<unknown>): void => {
    if (task?.status === 'running') this.settle(task, 'timeout', new TaskTimeoutError(task.id, task.timeout ?? 0));
  };
}
