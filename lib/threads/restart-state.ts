import type { NormalPolicy } from './child-policy.js';
import type { Every } from './every.js';

/**
 * Counts a child's restarts against its policy.
 *
 * @example
 * ```ts
 * const state = new RestartState({ type: 'restart', max: 2, backoff: { ms: 100 }, exhausted: 'isolate' });
 * state.take(); // true, true, then false
 * ```
 */
export class RestartState {
  private count = 0;
  private forbidden = false;

  constructor(private readonly policy: NormalPolicy) {}

  /** Restarts used so far. */
  get restarts(): number {
    return this.count;
  }

  /** True while a crash would still lead to a restart. */
  get mayRestart(): boolean {
    return this.policy.type === 'restart' && !this.forbidden && this.count < this.policy.max;
  }

  get backoff(): Every {
    return this.policy.type === 'restart' ? this.policy.backoff : { frames: 1 };
  }

  /** Whether a final crash fails the parent. */
  get escalates(): boolean {
    return this.policy.type === 'restart' ? this.policy.exhausted === 'escalate' : this.policy.type === 'escalate';
  }

  /** Uses one restart if allowed. */
  take(): boolean {
    if (!this.mayRestart) return false;
    this.count++;
    return true;
  }

  /** No more restarts (the child is being stopped on purpose). */
  forbid(): void {
    this.forbidden = true;
  }
}
