import { DelayHeap } from './delay-heap.js';
import type { FrameAction } from './frame-action.js';

type Action = FrameAction<unknown>;

/**
 * Deadline work: a heap ordered by (due time, token), run first in a frame and never
 * metered. Timeouts are not work: a deadline that waited for budget would fire late by
 * as many frames as the budgeted work around it fills.
 *
 * @example
 * ```ts
 * lane.add(action, token, now + 20);
 * lane.run(frameTime, limitToken, execute); // runs every entry due by frameTime
 * ```
 */
export class DeadlineLane {
  private readonly heap = new DelayHeap<Action>();

  get size(): number {
    return this.heap.size;
  }

  add(action: Action, token: number, due: number): void {
    action.entry = this.heap.push(action, due, token);
  }

  /** Forgets an action's entry, if it has one. */
  remove(action: Action): void {
    if (action.entry === undefined) return;
    this.heap.remove(action.entry);
    action.entry = undefined;
  }

  /**
   * Runs every entry due at `time` and queued up to `limit`. Work queued during the run
   * is due at or after `time`, so the limit alone keeps a deadline that re-schedules
   * itself with no delay from running twice in one frame.
   */
  run(time: number, limit: number, execute: (a: Action) => void): number {
    let ran = 0;
    for (let top = this.heap.peek(); top && top.due <= time && top.token <= limit; top = this.heap.peek()) {
      this.heap.pop();
      top.item.entry = undefined;
      execute(top.item);
      ran++;
    }
    return ran;
  }

  clear(): void {
    this.heap.clear();
  }
}
