import { Observable, type Subscriber } from 'rxjs';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';

/** Steps per action at most: keeps an endless generator from spinning inside one frame when the clock is virtual. */
const MAX_STEPS_PER_ACTION = 1000;

/**
 * Time-slices an iterator on the frame scheduler: steps run while the frame's budget
 * allows (`shouldYieldNow()`, a clock read before each step), then the stepper re-schedules itself for the next frame.
 * Yields are emitted as values (or handed to `onYield` when given); the return value, if
 * not undefined, is emitted last.
 * Unsubscribing stops stepping and calls `iterator.return()` so `finally` blocks run.
 *
 * @example
 * ```ts
 * sliced(function* () { for (let i = 0; i < 1e6; i++) yield i; }(), scheduler).subscribe();
 * ```
 */
export function sliced<T>(
  iterator: Iterator<unknown, T>,
  scheduler: FrameScheduler,
  onYield?: (value: unknown) => void,
): Observable<unknown> {
  return new Observable<unknown>((subscriber) => {
    const state = { done: false };
    const run = (): boolean => steps(iterator, subscriber, scheduler, onYield, state);
    // Already inside a frame (the task starts on one): take the first steps now.
    const more = scheduler.inFrame ? run() : true;
    const action = more
      ? scheduler.schedule(function () {
          if (run()) this.schedule();
        })
      : undefined;
    return () => {
      action?.unsubscribe();
      if (state.done) return;
      state.done = true;
      iterator.return?.();
    };
  });
}

/** Steps while the frame's budget lasts (checked before each step); true when there is more to do next frame. */
function steps(
  iterator: Iterator<unknown>,
  subscriber: Subscriber<unknown>,
  scheduler: FrameScheduler,
  onYield: ((value: unknown) => void) | undefined,
  state: { done: boolean },
): boolean {
  try {
    for (let count = 0; ; count++) {
      // Check before the step, not after: a stepper that starts late in a frame (behind
      // other work, or inside the action that starts its task) must not add a step to a
      // frame whose budget is already spent.
      if (count >= MAX_STEPS_PER_ACTION || scheduler.shouldYieldNow()) return true;
      const step = iterator.next();
      if (step.done) {
        state.done = true;
        if (step.value !== undefined) subscriber.next(step.value);
        subscriber.complete();
        return false;
      }
      if (onYield) onYield(step.value);
      else subscriber.next(step.value);
      if (subscriber.closed) return false;
    }
  } catch (error) {
    state.done = true;
    subscriber.error(error);
    return false;
  }
}
