import type { Subscriber } from 'rxjs';
import { Observable } from '../rx.js';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';

/** Steps per action at most: keeps an endless generator from spinning inside one frame when the clock is virtual. */
const MAX_STEPS_PER_ACTION = 1000;

/**
 * Time-slices an iterator on the frame scheduler: steps run while the frame's budget
 * allows (`budgetLeftMs()`, read before each step; a step is not started when the last
 * one would not fit in what is left, nor is an action's first step, unless the stepper
 * already waited a frame for lack of room or the step is longer than the whole budget),
 * then the stepper re-schedules itself for the next frame.
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
    let done = false;
    const run = stepper(iterator, subscriber, scheduler, onYield, () => (done = true));
    // Already inside a frame (the task starts on one): take the first steps now.
    const more = scheduler.inFrame ? run() : true;
    const action = more
      ? scheduler.schedule(function () {
          if (run()) this.schedule();
        })
      : undefined;
    return () => {
      action?.unsubscribe();
      if (done) return;
      done = true;
      iterator.return?.();
    };
  });
}

/**
 * One action's worth of steps, as a function: true while more steps are left. Its state
 * (what the last step took, whether it already waited a frame) lives in the closure, so a
 * bundle shortens it; `finish` is called once the iterator is done or threw.
 */
function stepper(
  iterator: Iterator<unknown>,
  subscriber: Subscriber<unknown>,
  scheduler: FrameScheduler,
  onYield: ((value: unknown) => void) | undefined,
  finish: () => void,
): () => boolean {
  let stepMs = 0;
  let waited = false;
  // an action's first step waits a frame for room once, unless a step outgrows the whole budget
  const mayWait = (): boolean => !waited && stepMs <= scheduler.budgetMs && (waited = true);
  return () => {
    try {
      let before = 0;
      for (let count = 0; ; count++) {
        // Check before the step, not after: a stepper that starts late in a frame (behind
        // other work, or inside the action that starts its task) must not add a step to a
        // frame whose budget is already spent; nor, once a step has shown what a step costs
        // (its delivery included), start one that would not fit, in this action or the next
        // (the meter predicts this action from the cheap ones before it, so only the stepper
        // knows). An action's first step still runs after a frame spent waiting, or when a
        // step is longer than the whole budget, so the stepper always makes progress.
        const left = scheduler.budgetLeftMs();
        if (count > 0) stepMs = before - left;
        if (count >= MAX_STEPS_PER_ACTION || left <= 0) return true;
        if (left < stepMs && (count > 0 || mayWait())) return true;
        waited = false;
        before = left;
        const step = iterator.next();
        if (step.done) {
          finish();
          if (step.value !== undefined) subscriber.next(step.value);
          subscriber.complete();
          return false;
        }
        if (onYield) onYield(step.value);
        else subscriber.next(step.value);
        if (subscriber.closed) return false;
      }
    } catch (error) {
      finish();
      subscriber.error(error);
      return false;
    }
  };
}
