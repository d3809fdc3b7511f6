import type { Clock } from '../frames/frame-clock.js';

const MAX_BATCH = 1024;

/**
 * Decides when a frame's budget is spent without reading the clock after every action.
 * After each clock read it estimates the mean cost of an action and lets the next
 * `remaining / (2 × cost)` actions run unchecked, so reads thin out for tiny actions
 * and tighten near the deadline; the overshoot stays around one action.
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

  /** True once a read found the deadline passed. */
  get exhausted(): boolean {
    return this.spent;
  }

  /** Counts one finished action; returns false once the budget is spent. */
  spend(): boolean {
    if (this.spent) return false;
    if (++this.sinceRead < this.batch) return true;
    const now = this.clock.now();
    const remaining = this.deadline - now;
    if (remaining <= 0) {
      this.spent = true;
      return false;
    }
    const perAction = (now - this.lastRead) / this.sinceRead;
    this.batch =
      perAction > 0
        ? Math.max(1, Math.min(MAX_BATCH, Math.floor(remaining / (2 * perAction))))
        : Math.min(MAX_BATCH, this.batch * 2);
    this.lastRead = now;
    this.sinceRead = 0;
    return true;
  }
}
