import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { parse } from '../validation/parse.js';
import { check, string } from '../validation/schema.js';
import { functionSchema } from '../validation/schemas.js';
import { describeValue } from '../validation/describe-value.js';
import { invalidArgument } from '../validation/invalid-argument.js';
import { everySchema, type Every } from './every.js';
import { ReschedulingTask, type TaskWork } from './rescheduling-task.js';

const nameSchema = check(string('expected a task name'), [(s) => s.length > 0, 'expected a non-empty task name']);

/** Notified when a thread's rescheduling task is created or ends (the table link uses it). */
export interface TaskLifecycleListener {
  /** `cancel` deletes the task (for a table that cancels its row). */
  created(name: string, cancel: () => void): void;
  ended(name: string, error?: unknown): void;
}

/**
 * The rescheduling tasks a thread owns, by name (the seed's reCreate / reSchedule /
 * delete). All of them stop when the thread stops.
 *
 * @example
 * ```ts
 * ctx.tasks.reCreate('heartbeat', () => ctx.up('beat'), { ms: 1000 });
 * ctx.tasks.reSchedule('heartbeat', { ms: 250 });
 * ctx.tasks.delete('heartbeat');
 * ```
 */
export class ThreadTasks {
  readonly #tasks = new Map<string, ReschedulingTask>();

  readonly #scheduler: FrameScheduler;
  readonly #guard: (what: string) => void;
  readonly #onError: (error: unknown) => void;
  readonly #listener: TaskLifecycleListener | undefined;

  constructor(
    scheduler: FrameScheduler,
    guard: (what: string) => void,
    onError: (error: unknown) => void,
    listener?: TaskLifecycleListener,
  ) {
    this.#scheduler = scheduler;
    this.#guard = guard;
    this.#onError = onError;
    this.#listener = listener;
  }

  /** Names of the live tasks, in creation order. */
  names(): string[] {
    return [...this.#tasks.keys()];
  }

  has(name: string): boolean {
    return this.#tasks.has(name);
  }

  /** Creates (or replaces: the old one stops first) a task that runs on the next frame, then `every` after each run. */
  reCreate(name: string, work: TaskWork, every: Every = { frames: 1 }): void {
    const taskName = parse(nameSchema, name, 'name');
    parse(functionSchema, work, 'work');
    const interval = { ...parse(everySchema, every, 'every') } as Every; // a copy: read on every run
    this.#guard(`create task ${describeValue(taskName)}`);
    this.delete(taskName);
    const task = new ReschedulingTask(taskName, work, interval, this.#scheduler, (error, failed) => {
      if (this.#tasks.get(taskName) === failed) this.#tasks.delete(taskName);
      this.#listener?.ended(taskName, error);
      this.#onError(error);
    });
    this.#tasks.set(taskName, task);
    this.#listener?.created(taskName, () => {
      if (this.#tasks.get(taskName) === task) this.delete(taskName);
    });
    task.start();
  }

  /** Changes the interval of a live task; throws InvalidArgumentError for an unknown name. */
  reSchedule(name: string, every: Every): void {
    const interval = { ...parse(everySchema, every, 'every') } as Every; // a copy: read on every run
    const task = this.#tasks.get(name);
    if (!task) return invalidArgument('name', 'no rescheduling task with this name', name);
    task.reSchedule(interval);
  }

  /** Stops and forgets a task; false when there was none (a no-op). */
  delete(name: string): boolean {
    const task = this.#tasks.get(name);
    if (!task) return false;
    this.#tasks.delete(name);
    task.stop();
    this.#listener?.ended(name);
    return true;
  }

  /** Stops every task (the thread is stopping). */
  stopAll(): void {
    for (const name of [...this.#tasks.keys()].reverse()) this.delete(name);
  }
}
