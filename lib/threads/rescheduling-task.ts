import type { Subscription } from 'rxjs';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { after, type Every } from './every.js';
import { hook$, type HookResult } from './hook-result.js';

/**
 * What a rescheduling task's work receives: its name, how many times it has run
 * (1 for the first run), and a signal aborted when the task is deleted, replaced or
 * its thread stops.
 *
 * @example
 * ```ts
 * const work: TaskWork = ({ run, signal }) => fetch(url, { signal }).then(() => console.log(run));
 * ```
 */
export interface TaskRun {
  readonly name: string;
  readonly run: number;
  readonly signal: AbortSignal;
}

/**
 * The work of a rescheduling task; it may return a promise or observable, and the next
 * run is scheduled only after it is done.
 *
 * @example
 * ```ts
 * const work: TaskWork = () => { pollQueue(); };
 * ```
 */
export type TaskWork = (run: TaskRun) => HookResult;

/**
 * One self-rescheduling task (the seed's reCreate'd task): runs on the next frame, then
 * again `every` ms or frames after each completion, until stopped. A throw or rejection
 * stops it and is reported to `onError` (its thread then crashes).
 *
 * @example
 * ```ts
 * const task = new ReschedulingTask('tick', work, { frames: 2 }, scheduler, crash);
 * task.start(); // ... task.stop();
 * ```
 */
export class ReschedulingTask {
  #wait: Subscription | undefined;
  #current: Subscription | undefined;
  readonly #abort = new AbortController();
  #runs = 0;
  #stopped = false;

  readonly #work: TaskWork;
  #every: Every;
  readonly #scheduler: FrameScheduler;
  readonly #onError: (error: unknown, task: ReschedulingTask) => void;

  constructor(
    readonly name: string,
    work: TaskWork,
    every: Every,
    scheduler: FrameScheduler,
    onError: (error: unknown, task: ReschedulingTask) => void,
  ) {
    this.#work = work;
    this.#every = every;
    this.#scheduler = scheduler;
    this.#onError = onError;
  }

  start(): void {
    this.#wait = this.#scheduler.schedule(() => this.#run());
  }

  /** Changes the interval; a pending wait restarts with the new one. */
  reSchedule(every: Every): void {
    this.#every = every;
    if (!this.#wait || this.#stopped) return;
    this.#wait.unsubscribe();
    this.#wait = after(this.#scheduler, every, () => this.#run());
  }

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#wait?.unsubscribe();
    this.#current?.unsubscribe();
    this.#abort.abort();
  }

  #run(): void {
    this.#wait = undefined;
    const info: TaskRun = { name: this.name, run: ++this.#runs, signal: this.#abort.signal };
    let done = false;
    const sub = hook$(() => this.#work(info)).subscribe({
      complete: () => {
        done = true;
        this.#current = undefined;
        if (!this.#stopped) this.#wait = after(this.#scheduler, this.#every, () => this.#run());
      },
      error: (error: unknown) => {
        done = true;
        this.stop();
        this.#onError(error, this);
      },
    });
    if (!done) this.#current = sub;
  }
}
