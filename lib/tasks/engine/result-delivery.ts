import type { Subscription } from 'rxjs';
import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';

/**
 * Where a {@link TaskManager}'s results are delivered: on a frame of its scheduler, or at
 * once once it is disposed (so observers still learn how their tasks ended). The base of
 * `TasksById` (tasks-by-id.ts); it keeps the deliveries still queued, which `dispose()`
 * runs, as the scheduler's disposal drops its queue.
 *
 * @example
 * ```ts
 * class TasksById extends ResultDelivery {
 *   constructor(engine: TaskEngine) { super(engine.scheduler); }
 * }
 * ```
 */
export abstract class ResultDelivery {
  /** Set by `dispose()`: results are then delivered at once. */
  protected disposed = false;
  readonly #scheduler: FrameScheduler;

  constructor(scheduler: FrameScheduler) {
    this.#scheduler = scheduler;
  }

  /**
   * Runs `fn` at the start of the next frame, where results are delivered; at once once
   * disposed (so observers still learn how their tasks ended).
   *
   * @internal
   * @example
   * ```ts
   * const scheduled = tasks.deliver(() => subscriber.next(value));
   * ```
   */
  readonly deliver = (fn: () => void): Subscription | undefined => this.#schedule(fn, false);

  /**
   * Like {@link deliver}, but a task that ended inside a frame is delivered at the end of
   * that same frame (after its update phase, never inside someone else's callback) instead
   * of the next one's start: what task observables and pipelines use, so a result costs no
   * extra frame.
   *
   * @internal
   * @example
   * ```ts
   * const scheduled = tasks.deliverSoon(() => subscriber.next(value));
   * ```
   */
  readonly deliverSoon = (fn: () => void): Subscription | undefined => this.#schedule(fn, true);

  /** Deliveries still queued on the scheduler: dispose runs them, as the scheduler's disposal drops its queue. */
  readonly #due = new Set<() => void>();

  #schedule(fn: () => void, soon: boolean): Subscription | undefined {
    if (this.disposed) return (fn(), undefined);
    const scheduler = this.#scheduler;
    const run = (): void => void (this.#due.delete(run) && fn());
    this.#due.add(run);
    const scheduled = soon && scheduler.inFrame ? scheduler.atEndOfFrame(run) : scheduler.atStartOfFrame(run);
    scheduled.add(() => this.#due.delete(run));
    return scheduled;
  }

  /**
   * Runs the deliveries still queued (once disposed), each once.
   *
   * @example
   * ```ts
   * this.deliverDue(); // in dispose(), before the scheduler drops its queue
   * ```
   */
  protected deliverDue(): void {
    for (const run of [...this.#due]) run();
  }
}
