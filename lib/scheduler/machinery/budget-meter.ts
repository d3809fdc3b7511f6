import type { Clock } from '../../frames/frame-clock.js';

const MAX_BATCH = 64;
/** Ms of work a batch may hold: a pause inside one (GC, preemption) then starts no more than this late. */
const MAX_BATCH_MS = 0.1;

/**
 * Decides when a frame's budget is spent without reading the clock after every action.
 * After each clock read it estimates the mean cost of an action since the previous read,
 * stops before an action that estimate says will not fit, and otherwise lets the next
 * `min(remaining / 2, 0.1 ms) / cost` actions run unchecked (at most double the previous
 * batch, at most 64), so reads thin out for tiny actions and tighten near the deadline.
 * Cooperative steps (`check()`) always read the clock; so does the end of an action that
 * asked `left()`. The end phase runs after the budgeted work, unbudgeted but inside the
 * frame, so `begin()` keeps back from the budget what the last end phase took.
 *
 * @example
 * ```ts
 * meter.begin(clock.now(), lastEndPhaseMs);
 * while (queue.length && meter.spend()) runOne();
 * ```
 */
export class BudgetMeter {
  // set by begin(), which the constructor calls (one zeroing in the bundle, not two)
  /** When the frame's budget runs out, on the scheduler clock (read-only outside the meter). */
  deadlineAt!: number;
  /** True once a read found the deadline passed, or the next action predicted not to fit (read-only outside the meter). */
  exhausted!: boolean;
  // #private: these names are read on every action, and a bundler shortens only # names
  #lastRead!: number;
  #sinceRead!: number;
  /** Actions to run before the next read; 0 once the running action asked `left()`. */
  #batch!: number;
  readonly #clock: Clock;
  readonly #budgetMs: number;

  constructor(clock: Clock, budgetMs: number) {
    this.#clock = clock;
    this.#budgetMs = budgetMs;
    this.begin(0, 0);
  }

  /**
   * Starts a frame whose budget counts from `start`, keeping back `endMs` for the frame's
   * end phase (what the last one took): that phase is not budgeted (it hands results out
   * and emits snapshots) but its time is the frame's, so budgeted work that filled the
   * budget would push the frame past it by as much. At most a quarter of the budget is kept
   * back, so one slow end phase (a GC pause) costs the next frame at most that.
   */
  begin(start: number, endMs: number): void {
    this.deadlineAt = start + this.#budgetMs - Math.min(endMs, this.#budgetMs / 4);
    this.#lastRead = start;
    this.#sinceRead = 0;
    this.#batch = 1;
    this.exhausted = false;
  }

  /** Counts one finished action; returns false once the budget is spent. */
  spend(): boolean {
    if (this.exhausted) return false;
    if (++this.#sinceRead < this.#batch) return true;
    return this.#read();
  }

  /**
   * Counts one finished step and reads the clock now. For cooperative work whose steps
   * are meant to be substantial (time-sliced generators), where one unchecked batch
   * sized from cheap actions could overshoot the frame by many steps.
   */
  check(): boolean {
    if (this.exhausted) return false;
    this.#sinceRead++;
    return this.#read();
  }

  /**
   * Ms left before the deadline, reading the clock now (0 once spent, which it records).
   * Work that asks is sizing itself to the budget (a time-sliced generator does): the meter
   * times the action from its first ask and reads the clock when it ends, so the next
   * action is predicted to cost what that one did, and a second generator does not start
   * a step in a frame the first one filled.
   */
  left(): number {
    if (this.exhausted) return 0;
    const now = this.#clock.now();
    if (this.#batch > 0) {
      this.#lastRead = now;
      this.#sinceRead = 0;
      this.#batch = 0;
    }
    const remaining = this.deadlineAt - now;
    if (remaining > 0) return remaining;
    this.exhausted = true;
    return 0;
  }

  #read(): boolean {
    const now = this.#clock.now();
    const remaining = this.deadlineAt - now;
    const perAction = (now - this.#lastRead) / this.#sinceRead;
    // Stop before the next action rather than after it: one that costs what the last ones
    // did would end past the deadline. The frame's first action has already run.
    if (remaining < perAction || remaining <= 0) {
      this.exhausted = true;
      return false;
    }
    // The batch at most doubles per read: a run of cheap actions followed by costly ones
    // then overshoots by a bounded number of actions, not by MAX_BATCH of them. Its work is
    // at most MAX_BATCH_MS, which caps only actions over ~1.5 µs (tiny ones read as rarely
    // as ever). Free actions (perAction 0) divide to Infinity: the batch just doubles.
    this.#batch = Math.max(
      1,
      Math.min(MAX_BATCH, this.#batch * 2, Math.floor(Math.min(remaining / 2, MAX_BATCH_MS) / perAction)),
    );
    this.#lastRead = now;
    this.#sinceRead = 0;
    return true;
  }
}
