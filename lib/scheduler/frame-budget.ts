/**
 * A frame's time budget as the work running in it sees it: its size, whether a frame is
 * running, and how cooperative work (batched delivery, time-sliced steps, any loop over many
 * items) checks what is left, so it stops in time and re-schedules itself for a later frame.
 * A {@link FrameScheduler} is one; code that only paces itself can ask for no more.
 *
 * @example
 * ```ts
 * function drain(items: Item[], budget: FrameBudget): boolean {
 *   while (items.length > 0 && !budget.shouldYield()) process(items.pop()!);
 *   return items.length > 0; // more for the next frame
 * }
 * ```
 */
export interface FrameBudget {
  /** Ms of work per frame before the rest waits for the next frame (the `budgetMs` option; default 8). */
  readonly budgetMs: number;

  /** True while a frame is running. */
  readonly inFrame: boolean;

  /**
   * For work that processes many items in one action (batched delivery, time slicing):
   * counts one item against the frame's budget and returns true once the budget is
   * spent, so the caller stops and re-schedules itself. Always false outside a frame.
   *
   * @example
   * ```ts
   * scheduler.schedule(function () {
   *   while (items.length && !scheduler.shouldYield()) process(items.pop());
   *   if (items.length) this.schedule();
   * });
   * ```
   */
  shouldYield(): boolean;

  /**
   * Like {@link FrameBudget.shouldYield} but reads the clock on every call: for items
   * that are substantial or uneven (time-sliced generator steps), where a batch sized from
   * cheap items could run far past the budget.
   *
   * @example
   * ```ts
   * while (!scheduler.shouldYieldNow()) heavyStep();
   * ```
   */
  shouldYieldNow(): boolean;

  /**
   * Ms left of the running frame's budget, reading the clock now: 0 once it is spent (and
   * the frame then runs no more budgeted work), `Infinity` outside a frame. For cooperative
   * work that can tell what its next step costs and should not start one that will not fit.
   * Asking also tells the scheduler the running action sizes itself to the budget: it reads
   * the clock when the action ends and does not start a next action predicted to cost as much
   * if that would not fit (so two time-sliced generators do not both fill one frame).
   *
   * @example
   * ```ts
   * while (scheduler.budgetLeftMs() > expectedStepMs) step();
   * ```
   */
  budgetLeftMs(): number;
}
