import { TaskCancelledError } from '../../errors.js';
import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';
import { EventRoute } from './event-route.js';
import { ExpirySweeper } from './expiry-sweeper.js';
import { StartLine } from './start-line.js';
import { TaskIndex } from '../store/task-index.js';
import { StartPump } from './start-pump.js';
import { startTask, type StartHost } from './start-task.js';
import { isTerminal } from '../reduce-task-row.js';
import type { TaskSubmittedEvent } from '../task-event.js';
import type { TaskRecord } from '../task-record.js';
import type { CancelReason } from '../task-types.js';
import { TaskSettler } from './task-settler.js';

type Task = TaskRecord<unknown>;

/**
 * The lifecycle machine behind {@link TaskManager}: queues, starts on frames (within the
 * frame budget, up to `maxConcurrent`), settles each task exactly once (its {@link TaskSettler})
 * and emits the events (it is an {@link EventRoute}, so an event costs no hop to a second object).
 *
 * @example
 * ```ts
 * const engine = new TaskEngine(scheduler, Infinity, 600_000);
 * engine.add(record, submittedEvent);
 * ```
 */
export class TaskEngine extends EventRoute implements StartHost {
  readonly tasks = new TaskIndex<Task>();
  readonly #line: StartLine;
  readonly #expiry: ExpirySweeper;
  readonly #pump: StartPump;
  readonly #settler: TaskSettler;

  constructor(
    scheduler: FrameScheduler,
    maxConcurrent: number,
    readonly clearAfter: number,
  ) {
    // the records are the table's row slots (one index entry a task); it reads none before `tasks` exists
    super(scheduler, () => this.sweep(), {
      get: (id) => this.tasks.get(id),
      add: (id) => this.tasks.get(id) as Task,
      delete: () => undefined,
    });
    const line = (this.#line = new StartLine(maxConcurrent));
    this.#pump = new StartPump(scheduler, line, (task) => startTask(this, task));
    this.#expiry = new ExpirySweeper(scheduler, clearAfter, this.tasks, (task) => this.clear(task));
    this.#settler = new TaskSettler(scheduler, line, this, this.#expiry, this.#pump);
  }

  get running(): number {
    return this.#line.running;
  }

  get waiting(): number {
    return this.#line.waiting;
  }

  add(task: Task, submitted: TaskSubmittedEvent): void {
    this.tasks.add(task);
    // queued or gated before anyone sees the task (see StartLine.add)
    this.#line.add(task, submitted.kind === 'thread');
    this.emit(task, submitted);
    this.#pump.request();
  }

  /** A gate admitted a task from its line: on to the next gate, or the start queue. */
  admit(task: Task): void {
    if (task.status !== 'pending') return;
    this.#line.admitted(task);
    this.#pump.request();
  }

  /**
   * Moves a pending task in the start order (a running one keeps running); the row shows
   * the new priority either way. The old queue entry is skipped by {@link PendingQueue}.
   */
  setPriority(task: Task, priority: number): void {
    if (isTerminal(task.status) || task.priority === priority) return;
    task.priority = priority;
    this.#line.reprioritized(task);
    this.emit(task, { type: 'priority', id: task.id, time: this.scheduler.now(), priority });
    this.#pump.request();
  }

  next(task: Task, value: unknown): void {
    if (task.status !== 'running') return;
    task.hasValue = true;
    task.value = value;
    task.onValue?.(value);
    if (task.valuesAreResults) return;
    if (task.starting) (task.held ??= []).push(value);
    else this.progress(task, value);
  }

  complete(task: Task): void {
    this.#settler.settle(task, 'completed', undefined);
  }

  fail(task: Task, error: unknown): void {
    this.#settler.settle(task, 'failed', error);
  }

  cancel(task: Task, reason: CancelReason = 'explicit'): void {
    if (!isTerminal(task.status)) this.#settler.settle(task, 'cancelled', new TaskCancelledError(task.id, reason));
  }

  /** Work that reports its own start (see {@link TaskRecord.reportsStart}) has started: the row runs, the timeout counts. */
  reportStart(task: Task): void {
    task.awaitingStart = false;
    this.markStarted(task);
  }

  /**
   * Removes a finished task and its row; false if it is not finished (or gone). A task whose
   * work is being stopped (its teardown runs before its terminal event) is not finished yet:
   * its row still says so, and `cleared` must come after the terminal event.
   */
  clear(task: Task): boolean {
    if (!isTerminal(task.status) || this.tasks.get(task.id) !== task) return false;
    if (task.row !== undefined && !isTerminal(task.row.status)) return false;
    this.tasks.delete(task.id);
    this.emit(task, { type: 'cleared', id: task.id, time: this.scheduler.now() });
    return true;
  }

  /** Clears finished tasks older than `clearAfter` (see {@link ExpirySweeper}). */
  sweep(): void {
    this.#expiry.sweep();
  }

  /** Stops the pump and completes `events` (tasks must be settled first). */
  dispose(): void {
    this.#pump.stop();
    this.#line.clear();
    this.#expiry.stop();
    this.events.complete();
    this.table.dispose();
  }

  /** Emits `started` and arms the timeout. */
  markStarted(task: Task): void {
    // a deadline, not work: it fires on the first frame at or after start + timeout, whatever the budget;
    // armed before `started` is emitted, so a task an observer cancels right then disarms it
    if (task.timeout !== undefined) task.timer = this.scheduler.deadline(this.#settler.timeout, task.timeout, task);
    this.started(task, this.scheduler.now());
  }
}
