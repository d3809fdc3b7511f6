import type { Subscription } from 'rxjs';
import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';
import type { NormalPolicy } from '../child-policy.js';
import { after } from '../every.js';

/**
 * A child's supervision between instances: counts restarts against its policy, runs the
 * back-off before the next instance, and holds the IN messages sent meanwhile (so the
 * parent's handle keeps working while the child restarts).
 *
 * @example
 * ```ts
 * const state = new RestartState<string>({ type: 'restart', max: 2, backoff: { ms: 100 }, exhausted: 'isolate' });
 * state.take(scheduler, relaunch); // true, true, then false
 * ```
 */
export class RestartState<In> {
  /** Restarts left: the policy's `max`, less those taken; none once forbidden. */
  #left: number;
  #backoff: Subscription | undefined;
  #held: In[] = [];
  readonly #policy: NormalPolicy;

  constructor(policy: NormalPolicy) {
    this.#policy = policy;
    this.#left = policy.type === 'restart' ? policy.max : 0;
  }

  /** Whether a crash now would be followed by a restart. */
  get mayRestart(): boolean {
    return this.#left > 0;
  }

  /** Whether a restart's back-off is running (no instance takes messages). */
  get waiting(): boolean {
    return this.#backoff !== undefined;
  }

  /** Whether a crash the policy does not absorb fails the parent. */
  get escalates(): boolean {
    const policy = this.#policy;
    return policy.type === 'restart' ? policy.exhausted === 'escalate' : policy.type === 'escalate';
  }

  /** Takes a restart if the policy allows: `relaunch` runs after the back-off. */
  take(scheduler: FrameScheduler, relaunch: () => void): boolean {
    if (!this.mayRestart || this.#policy.type !== 'restart') return false;
    this.#left--;
    this.#backoff = after(scheduler, this.#policy.backoff, () => {
      this.#backoff = undefined;
      relaunch();
    });
    return true;
  }

  /** No more restarts (the child is being stopped); cancels a back-off. Returns whether one ran. */
  forbid(): boolean {
    this.#left = 0;
    const waited = this.#backoff !== undefined;
    this.#backoff?.unsubscribe();
    this.#backoff = undefined;
    return waited;
  }

  /** Keeps a message for the next instance. */
  hold(message: In): void {
    this.#held.push(message);
  }

  /** The held messages, in order; none are kept after. */
  release(): In[] {
    const held = this.#held;
    this.#held = [];
    return held;
  }
}
