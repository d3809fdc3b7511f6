import type { Subscription } from 'rxjs';
import { asyncScheduler } from '../../rx.js';

/**
 * Ends workers that stayed idle for `idleMs`. One timer for the whole pool, on RxJS's
 * async scheduler (virtual time in marble tests), armed only while a worker is idle.
 *
 * @example
 * ```ts
 * const sweeper = new IdleSweeper(2_000, () => pool.idleSlots(), (slot) => pool.retire(slot));
 * sweeper.arm();
 * ```
 */
export class IdleSweeper<S extends { idleSince: number }> {
  #timer: Subscription | undefined;
  readonly #idleMs: number;
  readonly #idle: () => Iterable<S>;
  readonly #retire: (slot: S) => void;

  constructor(idleMs: number, idle: () => Iterable<S>, retire: (slot: S) => void) {
    this.#idleMs = idleMs;
    this.#idle = idle;
    this.#retire = retire;
  }

  /** The current time for `idleSince` stamps. */
  now(): number {
    return asyncScheduler.now();
  }

  arm(delay = this.#idleMs): void {
    if (this.#timer && !this.#timer.closed) return;
    this.#timer = asyncScheduler.schedule(() => this.#sweep(), Math.max(0, delay));
  }

  stop(): void {
    this.#timer?.unsubscribe();
    this.#timer = undefined;
  }

  #sweep(): void {
    this.#timer = undefined;
    const now = this.now();
    let next = Infinity;
    for (const slot of [...this.#idle()]) {
      const due = slot.idleSince + this.#idleMs;
      if (due <= now) this.#retire(slot);
      else next = Math.min(next, due - now);
    }
    if (next < Infinity) this.arm(next);
  }
}
