import type { SchedulerAction } from 'rxjs';

/** Work that does nothing: the scheduler's own cost is all that is measured. */
export function noop(): void {}

/**
 * Work that unsubscribes its action when done, as RxJS's own operators do (`observeOn`,
 * `subscribeOn` and friends go through `executeSchedule`, which ends each action so).
 */
export function selfUnsubscribe(this: SchedulerAction<unknown>): void {
  this.unsubscribe();
}

/** A piece of scheduled work, as `SchedulerLike.schedule` takes it. */
export type Work = (this: SchedulerAction<unknown>, state?: unknown) => void;
