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

/** Ends a task in `status` (`error` is its TaskError, if any); a task that already ended is left as it is. */
export type Settle = (task: TaskRecord<unknown>, status: TerminalStatus, error: unknown) => void;

/**
 * The terminal transition, the one way every task ends (completed, failed, cancelled,
 * timed out): exactly once, it gives back the task's slot and gate places, stops its work,
 * emits its terminal event, logs it for the clearAfter sweep, wakes its waiters and lets
 * the next task start. A closure over the engine's parts rather than an engine method, so
 * the engine keeps them #private without a class (and its bytes) around them.
 *
 * @example
 * ```ts
 * const settle = taskSettler(scheduler, line, route, expiry, pump);
 * settle(task, 'failed', error);
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

  settle(task: TaskRecord<unknown>, status: TerminalStatus, error: unknown): void {
    if (isTerminal(task.status)) return;
    const wasPending = task.status === 'pending';
    task.status = status;
    task.error = error;
    this.#line.ended(task, wasPending);
    stopWork(task, this.#scheduler, status === 'cancelled' || status === 'timeout');
    const time = this.#scheduler.now();
    const quiet = status === 'completed' && this.#route.quiet(task);
    this.#route.emit(
      task,
      quiet ? this.#route.scratch.completed(task.id, time) : terminalEvent(task.id, time, status, error),
    );
    this.#expiry.finished(task.id);
    task.notify();
    this.#pump.request();
  }

  /** The deadline a started task's timeout arms (see {@link TaskEngine.markStarted}): it times out a task still running. */
  readonly timeout = (task?: TaskRecord<unknown>): void => {
    if (task?.status === 'running') this.settle(task, 'timeout', new TaskTimeoutError(task.id, task.timeout ?? 0));
  };
}
