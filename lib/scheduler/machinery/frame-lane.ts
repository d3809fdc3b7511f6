import type { Clock } from '../../frames/frame-clock.js';
import { ActionQueue } from './action-queue.js';
import { DelayHeap } from './delay-heap.js';
import type { FrameAction } from './frame-action.js';
import type { BudgetMeter } from './budget-meter.js';

type Action = FrameAction<unknown>;

/**
 * One queue of a frame (the deadlines, or a phase's work): a FIFO of work due now and a
 * heap of delayed work, merged by (due time, token) when a frame runs them. Work queued
 * without delay never touches the heap, so the common case is O(1) per action. One class
 * serves every lane: a phase lane gets delayed work only from a re-schedule with a delay,
 * and the deadline lane (`heapOnly`) keeps all of its work in the heap, ordered by due time.
 *
 * @example
 * ```ts
 * lane.add(action, token, 0);
 * lane.run(frameTime, limitToken, meter, execute);
 * ```
 */
export class FrameLane {
  readonly #ready = new ActionQueue<Action>();
  readonly #delayed = new DelayHeap<Action>();
  readonly #clock: Clock;
  readonly #heapOnly: boolean;

  constructor(clock: Clock, heapOnly = false) {
    this.#clock = clock;
    this.#heapOnly = heapOnly;
  }

  /**
   * Queues `action` under `token`, due `delay` ms (finite, >= 0) from now. A clock read costs
   * as much as the rest of scheduling an action. Work without delay needs its due time only
   * to be ordered against delayed work already waiting in this lane: anything delayed later
   * is due after it anyway, so with no delayed work waiting it may sort first unread.
   */
  add(action: Action, token: number, delay: number): void {
    const delayed = this.#delayed;
    if (delay > 0 || this.#heapOnly) action.entry = delayed.push(action, this.#clock.now() + delay, token);
    else this.#ready.push(action, token, delayed.peek() === undefined ? -Infinity : this.#clock.now());
  }

  /** Forgets an action's delayed entry, if any (ready entries go stale by token). */
  remove(action: Action): void {
    if (action.entry === undefined) return;
    this.#delayed.remove(action.entry);
    action.entry = undefined;
  }

  /**
   * Runs the work due at `time` and queued up to `limit` (work queued while a frame runs
   * waits for the next one). With a meter, stops once it reports the budget spent (at
   * least one action always runs); without one (deadlines, the end phase), runs it all.
   */
  run(time: number, limit: number, meter: BudgetMeter | undefined, execute: (a: Action) => void): number {
    let ran = 0;
    for (;;) {
      const action = this.#next(time, limit);
      if (action === null) return ran;
      if (action === undefined) continue;
      execute(action);
      ran++;
      if (meter && !meter.spend()) return ran;
    }
  }

  /** Due entries left at `time` up to `limit` (stale ready entries included). */
  countDue(time: number, limit: number): number {
    return this.#ready.countUpTo(limit) + this.#delayed.countDue(time);
  }

  clear(): void {
    this.#ready.clear();
    this.#delayed.clear();
  }

  /** The next due action; undefined for a stale entry; null when nothing is due. */
  #next(time: number, limit: number): Action | undefined | null {
    const top = this.#delayed.peek();
    const heapDue = top !== undefined && top.due <= time && top.token <= limit;
    const readyDue = this.#ready.length > 0 && this.#ready.headToken() <= limit;
    if (heapDue && (!readyDue || this.#heapFirst(top.due, top.token))) {
      this.#delayed.remove(top);
      top.item.entry = undefined;
      return top.item;
    }
    return readyDue ? this.#ready.pop() : null;
  }

  #heapFirst(due: number, token: number): boolean {
    const readyDue = this.#ready.headDue();
    return due < readyDue || (due === readyDue && token < this.#ready.headToken());
  }
}
