import type { Subscription } from 'rxjs';
import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';
import type { TaskIndex } from '../store/task-index.js';
import type { TaskRecord } from '../task-record.js';
import { FinishedLog } from './finished-log.js';

type Task = TaskRecord<unknown>;

/**
 * Rows cleared by one unbudgeted sweep (after a frame, before a table snapshot). A
 * cleared row costs about a microsecond, so this keeps a sweep near half a millisecond;
 * more than this expiring at once (e.g. after the app was idle) is a backlog.
 */
export const SWEEP_PER_CALL = 500;

/**
 * The clearAfter sweep: finished ids in finish order, cleared once older than
 * `clearAfter`. It runs once per frame (before the table snapshot or, if the table did
 * not change, after the frame) and clears at most {@link SWEEP_PER_CALL} rows; a backlog continues
 * as budgeted update work on the following frames (it yields when the frame's budget
 * is spent), so no frame pays for thousands of expired rows at once. Nothing is
 * scheduled unless rows have already expired, so idle frames stay off.
 *
 * @example
 * ```ts
 * const sweeper = new ExpirySweeper(scheduler, 600_000, tasks, (task) => engine.clear(task));
 * sweeper.finished(id);
 * sweeper.sweep();
 * ```
 */
export class ExpirySweeper {
  readonly #log: FinishedLog;
  #backlog: Subscription | undefined;
  /** The frame whose sweep ran (the end-of-frame and the after-frame sweeps share one cap). */
  #sweptFrame = Number.NaN;

  readonly #scheduler: FrameScheduler;
  readonly #clearAfter: number;
  readonly #tasks: TaskIndex<Task>;
  readonly #clear: (task: Task) => void;

  constructor(scheduler: FrameScheduler, clearAfter: number, tasks: TaskIndex<Task>, clear: (task: Task) => void) {
    this.#scheduler = scheduler;
    this.#clearAfter = clearAfter;
    this.#tasks = tasks;
    this.#clear = clear;
    // a task's finish time is its row's completedAt; undefined once the task is gone
    this.#log = new FinishedLog((id) => tasks.get(id)?.row?.completedAt);
  }

  /** Records that a task finished (now: finish times only grow). */
  finished(id: string): void {
    if (this.#clearAfter < Infinity) this.#log.push(id);
  }

  /** Clears up to {@link SWEEP_PER_CALL} expired rows, once per frame; schedules the rest. */
  sweep(): void {
    const cutoff = this.#scheduler.now() - this.#clearAfter;
    if (!this.#log.hasExpired(cutoff) || this.#sweptFrame === this.#scheduler.frameIndex) return;
    this.#sweptFrame = this.#scheduler.frameIndex;
    let left = SWEEP_PER_CALL;
    this.#log.popExpired(cutoff, this.#clearOne, () => --left > 0);
    if (this.#backlog === undefined && this.#log.hasExpired(cutoff)) {
      this.#backlog = this.#scheduler.schedule(this.#continueSweep);
    }
  }

  stop(): void {
    this.#backlog?.unsubscribe();
    this.#backlog = undefined;
    this.#log.clear();
  }

  readonly #clearOne = (id: string): void => {
    const task = this.#tasks.get(id);
    if (task !== undefined) this.#clear(task);
  };

  readonly #continueSweep = (): void => {
    this.#backlog = undefined;
    const cutoff = this.#scheduler.now() - this.#clearAfter;
    this.#log.popExpired(cutoff, this.#clearOne, () => !this.#scheduler.shouldYield());
    if (this.#backlog === undefined && this.#log.hasExpired(cutoff)) {
      this.#backlog = this.#scheduler.schedule(this.#continueSweep);
    }
  };
}
