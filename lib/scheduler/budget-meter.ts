import type { Clock } from '../frames/frame-clock.js';

const MAX_BATCH = 64;

/**
 * Decides when a frame's budget is spent without reading the clock after every action.
 * After each clock read it estimates the mean cost of an action and lets the next
 * `remaining / (2 × cost)` actions run unchecked (at most double the previous batch, at
 * most 64), so reads thin out for tiny actions and tighten near the deadline.
 * Cooperative steps (`check()`) always read the clock.
 *
 * @example
 * ```ts
 * meter.begin(clock.now());
 * while (queue.length && meter.spend()) runOne();
 * ```
 */
export class BudgetMeter {
  private deadline = 0;
  private lastRead = 0;
  private sinceRead = 0;
  private batch = 1;
  private spent = false;

  constructor(
    private readonly clock: Clock,
    private readonly budgetMs: number,
  ) {}

  /** Starts a frame whose budget counts from `start`. */
  begin(start: number): void {
    this.deadline = start + this.budgetMs;
    this.lastRead = start;
    this.sinceRead = 0;
    this.batch = 1;
    this.spent = false;
  }

  /** When the frame's budget runs out, on the scheduler clock. */
  get deadlineAt(): number {
    return this.deadline;
  }

  /** True once a read found the deadline passed. */
  get exhausted(): boolean {
    return this.spent;
  }

  /** Counts one finished action; returns false once the budget is spent. */
  spend(): boolean {
    if (this.spent) return false;
    if (++this.sinceRead < this.batch) return true;
    return this.read(true);
  }

  /**
   * Counts one finished step and reads the clock now. For cooperative work whose steps
   * are meant to be substantial (time-sliced generators), where one unchecked batch
   * sized from cheap actions could overshoot the frame by many steps.
   */
  check(): boolean {
    if (this.spent) return false;
    this.sinceRead++;
    return this.read(false);
  }

  private read(adapt: boolean): boolean {
    const now = this.clock.now();
    const remaining = this.deadline - now;
    if (remaining <= 0) {
      this.spent = true;
      return false;
    }
    if (adapt) this.batch = this.nextBatch((now - this.lastRead) / this.sinceRead, remaining);
    this.lastRead = now;
    this.sinceRead = 0;
    return true;
  }

  // The batch at most doubles per read: a run of cheap actions followed by costly ones
  // then overshoots by a bounded number of actions, not by MAX_BATCH of them.
  private nextBatch(perAction: number, remaining: number): number {
    const grown = Math.min(MAX_BATCH, this.batch * 2);
    if (perAction <= 0) return grown;
    return Math.max(1, Math.min(grown, Math.floor(remaining / (2 * perAction))));
  }
}
