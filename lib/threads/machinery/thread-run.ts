import type { Observable, Subscription } from 'rxjs';
import { catchError, concat, defer, EMPTY } from '../../rx.js';
import { hook$ } from '../hook-result.js';
import type { ThreadContext } from '../thread-context.js';
import type { ThreadExit, ThreadOutcome } from '../thread-exit.js';
import type { ThreadSpec } from '../thread-spec.js';
import type { ThreadStatus } from '../thread-status.js';

/** The parts of a thread its run needs (kept narrow, like the family's and the context's). */
export interface RunOwner<R> {
  readonly status: ThreadStatus;
  readonly spec: ThreadSpec<any, any, R, any>;
  readonly ctx: ThreadContext<any, R, any>;
  readonly family: { halt$(): Observable<never> };
  end(exit: ThreadExit<R>): void;
  crash(error: unknown): void;
}

/**
 * A thread's own work and how it ended. `start` runs the `enter` hook, then, if `begin()`
 * says the thread now runs, the body, whose last value is the result; `stop` records why
 * the thread ends and cancels whichever of the two is under way; `teardown` halts the
 * children (last started first), then runs the `exit` hook. What failed while stopping is
 * kept, so `outcome()` reports every teardown error beside the exit.
 *
 * @example
 * ```ts
 * const run = new ThreadRun(core, () => core.status === 'starting');
 * run.start();
 * run.stop({ type: 'aborted' });
 * run.teardown(() => console.log(run.outcome()));
 * ```
 */
export class ThreadRun<R> {
  #running: Subscription | undefined;
  readonly #errors: unknown[] = [];

  /**
   * Runs the `enter` hook, then `running()` and the body. Each waits for a frame or a hook,
   * so each first checks that the thread still starts (a stop meanwhile ends the sequence).
   */
  start(owner: RunOwner<R>, running: () => void): void {
    if (owner.status !== 'starting') return;
    const { spec, ctx } = owner;
    const crash = (e: unknown): void => owner.crash(e);
    const entering = hook$(() => spec.enter?.(ctx)).subscribe({
      complete: () => {
        const body = spec.body;
        if (owner.status !== 'starting') return;
        running();
        if (!body) return;
        let last: R | undefined;
        this.#running = defer(() => body.call(spec, ctx)).subscribe({
          next: (value) => (last = value),
          complete: () => owner.end({ type: 'result', value: last }),
          error: crash,
        });
      },
      error: crash,
    });
    // a synchronous enter has already started the body: keep the body's subscription
    this.#running ??= entering;
  }

  /** Cancels the work under way; a finalizer of it that throws is a teardown error, not a crash. */
  cancel(): void {
    try {
      this.#running?.unsubscribe();
    } catch (error) {
      this.teardownError(error);
    }
  }

  /** Keeps an error raised while the thread stops. */
  teardownError(error: unknown): void {
    this.#errors.push(error);
  }

  /**
   * Halts the children, then runs the `exit` hook, then hands `done` the outcome. A step
   * that fails is one more teardown error and the next still runs, so one broken clean-up
   * never leaves the thread half-stopped.
   */
  teardown({ spec, ctx, family }: RunOwner<R>, exit: ThreadExit<R>, done: (outcome: ThreadOutcome<R>) => void): void {
    const errors = this.#errors;
    const kept = catchError((error: unknown) => (errors.push(error), EMPTY));
    concat(family.halt$().pipe(kept), hook$(() => spec.exit?.(ctx, exit)).pipe(kept)).subscribe({
      complete: () => done({ exit, teardownErrors: [...errors] }),
    });
  }
}
