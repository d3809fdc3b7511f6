import { ActionQueue } from './action-queue.js';
import type { FrameAction } from './frame-action.js';
import type { BudgetMeter } from './budget-meter.js';

/**
 * The queue of one frame phase (start or end): first in, first out, no delays.
 *
 * @example
 * ```ts
 * lane.run(limitToken, meter, execute); // runs entries queued up to limitToken
 * ```
 */
export class PhaseLane {
  private readonly queue = new ActionQueue<FrameAction<unknown>>();

  get length(): number {
    return this.queue.length;
  }

  add(action: FrameAction<unknown>, token: number, due: number): void {
    this.queue.push(action, token, due);
  }

  /**
   * Runs live entries with a token up to `limit`. With a meter, stops once it reports
   * the budget spent (at least one action always runs); without one, runs them all.
   */
  run(limit: number, meter: BudgetMeter | undefined, execute: (a: FrameAction<unknown>) => void): number {
    let ran = 0;
    while (this.queue.length > 0 && this.queue.headToken() <= limit) {
      const action = this.queue.pop();
      if (action === undefined) continue;
      execute(action);
      ran++;
      if (meter && !meter.spend()) break;
    }
    return ran;
  }

  /** Entries with a token up to `limit` still queued (stale ones included). */
  countUpTo(limit: number): number {
    return this.queue.countUpTo(limit);
  }

  clear(): void {
    this.queue.clear();
  }
}
