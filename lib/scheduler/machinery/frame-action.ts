import type { SchedulerAction } from 'rxjs';
import { Subscription } from '../../rx-frames.js';
import type { HeapEntry } from './delay-heap.js';
import type { FramePhase, Work } from '../frame-phases.js';

/** Which queue holds an action: a phase's, or the deadlines' (run first in the start phase). */
export type ActionLane = FramePhase | 'deadline';

/** What an action needs from its scheduler (kept narrow to avoid an import cycle). */
export interface ActionHost {
  enqueue(action: FrameAction<any>, delay: number): void;
  cancel(action: FrameAction<any>): void;
}

/**
 * A unit of work on a {@link FrameScheduler}. It is an RxJS `Subscription`: unsubscribing
 * cancels it, including every re-schedule it made of itself with `this.schedule()`.
 *
 * @example
 * ```ts
 * const action = scheduler.schedule(function (n = 0) { if (n < 3) this.schedule(n + 1); });
 * action.unsubscribe(); // stops the chain
 * ```
 */
export class FrameAction<T> extends Subscription implements SchedulerAction<T> {
  /** Current scheduling token; 0 while not queued. Also its first-in-first-out rank. */
  token = 0;
  /** Its slot in the delay heap while queued with a delay. */
  entry: HeapEntry<FrameAction<T>> | undefined = undefined;
  // #private: a bundler shortens only # names, and this file is part of the scheduler-only bundle
  #state: T | undefined;
  readonly #host: ActionHost;
  readonly #work: Work<T>;
  readonly lane: ActionLane;

  constructor(host: ActionHost, work: Work<T>, lane: ActionLane) {
    super();
    this.#host = host;
    this.#work = work;
    this.lane = lane;
  }

  /** Queues this action (again) with a new state; returns itself, as RxJS actions do. */
  schedule(state?: T, delay = 0): Subscription {
    if (this.closed) return this;
    this.#state = state;
    this.#host.enqueue(this, delay);
    return this;
  }

  /** Runs the work once. Called by the scheduler only. */
  execute(): void {
    this.#work(this.#state);
  }

  override unsubscribe(): void {
    if (this.closed) return;
    this.#host.cancel(this);
    this.#state = undefined;
    super.unsubscribe();
  }
}
