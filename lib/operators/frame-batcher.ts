import type { SchedulerAction, Subscriber } from 'rxjs';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';

/**
 * The scheduling half of a frame operator: at most one action queued on the scheduler
 * at a time, re-used from frame to frame, whatever the number of values waiting. A
 * subclass says what one frame's {@link FrameBatcher.drain} does and calls `wake()`
 * when it has something to do.
 *
 * @example
 * ```ts
 * class Printer extends FrameBatcher<number> {
 *   protected drain(): void { console.log('frame', this.scheduler.frameIndex); }
 * }
 * ```
 */
export abstract class FrameBatcher<T> {
  // #private: a bundler shortens only # names, and this file is part of the scheduler-only bundle
  #action: SchedulerAction<unknown> | undefined;
  #scheduled = false;

  constructor(
    protected readonly scheduler: FrameScheduler,
    /** Where the values go; errored (with DisposedError) when the scheduler can take no more work. */
    protected readonly destination: Subscriber<T>,
  ) {}

  /** Stops: cancels the queued action, if any. */
  stop(): void {
    this.#scheduled = false;
    this.#action?.unsubscribe();
    this.#action = undefined;
  }

  /** One frame's work; may call `wake()` to run again next frame. */
  protected abstract drain(): void;

  /** Makes sure `drain()` runs in the next frame (once, however often it is called). */
  protected wake(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    try {
      if (this.#action?.closed === false) this.#action.schedule();
      else this.#action = this.scheduler.schedule(this.#run) as SchedulerAction<unknown>;
    } catch (error) {
      // a disposed scheduler: the subscriber hears it, not the producer (RxJS would rethrow it
      // on a later macrotask, an uncaught exception in Node)
      this.stop();
      this.destination.error(error);
    }
  }

  readonly #run = (): void => {
    this.#scheduled = false;
    this.drain();
  };
}
