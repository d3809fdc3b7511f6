import type { SchedulerAction, Subscription } from 'rxjs';

/**
 * Which phase of a frame an action runs in.
 *
 * @example
 * ```ts
 * const phase: FramePhase = 'end'; // scheduler.atEndOfFrame(...)
 * ```
 */
export type FramePhase = 'start' | 'update' | 'end';

/** Work scheduled on a frame scheduler: `this` is its action (`this.schedule(state, ms)` re-queues it). */
export type Work<T> = (this: SchedulerAction<T>, state?: T) => void;

/**
 * Work for a given moment of a frame. Each frame of a {@link FrameScheduler} runs its due
 * deadlines first, then the start phase and the update phase (`schedule()`), which share the
 * frame's budget, then the end phase, which is not budgeted. Every method returns a
 * `Subscription`: unsubscribing cancels the work.
 *
 * @example
 * ```ts
 * const phases: FramePhases = scheduler;
 * phases.atStartOfFrame(() => input.poll());
 * phases.atEndOfFrame(() => renderer.flush());
 * ```
 */
export interface FramePhases {
  /** Runs `work` in the start phase of the next frame (budgeted, before update work). */
  atStartOfFrame(work: () => void): Subscription;

  /**
   * Runs `work` on the first frame that starts at or after `now() + delayMs`, first thing
   * in that frame: before the start phase's and the update phase's budgeted work, and
   * never deferred by the budget, however much work waits. For timeouts and deadlines,
   * which are not work: the task engine runs task timeouts on it, so a task with
   * `timeout: 20` times out on the first frame at or after 20 ms, whatever the budget.
   * Keep deadline work short; its time still counts in the frame's busy time.
   * Unsubscribing cancels it. A pending deadline keeps frames coming (as delayed work
   * does); once it has run or is cancelled, it holds none.
   *
   * @param work - called once, with `state`; `this` is the action (`this.schedule(state, ms)` re-arms it)
   * @param delayMs - ms from now (finite, >= 0); 0 means the next frame
   * @param state - passed to `work`
   * @example
   * ```ts
   * const timer = scheduler.deadline(() => abort('timeout'), 5_000);
   * // ... the work finished in time:
   * timer.unsubscribe();
   * ```
   */
  deadline<T>(work: Work<T>, delayMs: number, state?: T): Subscription;

  /**
   * Runs `work` after the update phase of the current frame, or of the next frame when
   * called outside a frame or from an end-of-frame callback. Not budgeted.
   */
  atEndOfFrame(work: () => void): Subscription;
}
