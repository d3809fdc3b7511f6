import type { Observable, Subscription } from 'rxjs';
import { catchError, concat, defer, EMPTY } from '../../rx.js';
import { hook$ } from '../hook-result.js';
import type { ThreadContext } from '../thread-context.js';
import type { ThreadExit, ThreadOutcome } from '../thread-exit.js';
import type { ThreadSpec } from '../thread-spec.js';
import type { ThreadStatus } from '../thread-status.js';

/**
 * The parts of a thread its run needs: a {@link ThreadCore} passes itself. Kept narrow (like
 * the family's and the context's owners) so this module imports nothing back from the core.
 *
 * @example
 * ```ts
 * const owner: RunOwner<number> = core; // a ThreadCore<In, Up, number, ChildUp>
 * ```
 */
export interface RunOwner<R> {
  readonly status: ThreadStatus;
  readonly spec: ThreadSpec<any, any, R, any>;
  readonly ctx: ThreadContext<any, R, any>;
  readonly family: { halt$(): Observable<never> };
  end(exit: ThreadExit<R>): void;
  crash(error: unknown): void;
}

/**
 * How a thread runs, apart from what it holds (its channels, tasks and children live in
 * {@link ThreadCore}): its own work — the `enter` hook, then its body, whose last value is
 * the result — and, once it stops, its teardown — the children halted (last started first,
 * each fully before the next), then the `exit` hook — with every error raised meanwhile
 * kept for the outcome. The core decides when (it owns the status); this class knows the
 * order, and holds the one subscription that stopping cancels, wherever the work is.
 *
 * @example
 * ```ts
 * const run = new ThreadRun<number>();
 * run.start(core, () => console.log('running')); // on a frame: enter, then the body
 * run.cancel(); // the thread stops: enter or body unsubscribed
 * run.teardown(core, { type: 'aborted' }, (outcome) => console.log(outcome));
 * ```
 */
export class ThreadRun<R> {
  #running: Subscription | undefined;
  readonly #errors: unknown[] = [];

  /**
   * Runs the `enter` hook, then `running()` and the body. The first waited for a frame and
   * the second for the hook, so each checks that the thread still starts: a thread stopped
   * meanwhile goes no further.
   */
  start(owner: RunOwner<R>, running: () => void): void {
    if (owner.status !== 'starting') return;
    const { spec, ctx } = owner;
    const crash = (e: unknown): void => owner.crash(e);
    const entering = hook$(() => spec.enter?.(ctx)).subscribe({
      complete: () => {
        if (owner.status !== 'starting') return;
        running();
        const body = spec.body;
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
    // a synchronous enter has already started the body: keep the body's subscription (an
    // entering one that is closed, kept when there is no body, unsubscribes as a no-op)
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

  /** Keeps an error raised while the thread stops, for its outcome. */
  teardownError(error: unknown): void {
    this.#errors.push(error);
  }

  /**
   * Halts the children, then runs the `exit` hook, then hands `done` the outcome. A step
   * that fails is one more teardown error and the next still runs, so one broken clean-up
   * never leaves the thread half-stopped. The errors are copied into the outcome: one raised
   * after it (by a listener of the final events) cannot change what was reported.
   */
  teardown({ spec, ctx, family }: RunOwner<R>, exit: ThreadExit<R>, done: (outcome: ThreadOutcome<R>) => void): void {
    const errors = this.#errors;
    const kept = catchError((error: unknown) => (errors.push(error), EMPTY));
    concat(family.halt$().pipe(kept), hook$(() => spec.exit?.(ctx, exit)).pipe(kept)).subscribe({
      complete: () => done({ exit, teardownErrors: [...errors] }),
    });
  }
}
