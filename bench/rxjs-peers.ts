import { asapScheduler, queueScheduler, type SchedulerAction } from 'rxjs';
import { medianMs } from './measure.js';
import { noop, type Work } from './work-items.js';

/**
 * ns per action of RxJS's `asapScheduler` with a backlog of `n` actions: schedule them
 * all, then wait for the flush that runs them (one macrotask turn). Warmed up like ours:
 * a cold asapScheduler is several times slower until V8 has optimised it.
 *
 * @example
 * ```ts
 * const ns = await asapNsPerAction(10_000);
 * ```
 */
export async function asapNsPerAction(n: number, { runs = 5, warmup = 3, work = noop as Work } = {}): Promise<number> {
  const ms = await medianMs(
    () =>
      new Promise<void>((resolve) => {
        for (let i = 0; i < n - 1; i++) asapScheduler.schedule(work);
        asapScheduler.schedule(() => resolve());
      }),
    { runs, warmup },
  );
  return (ms * 1e6) / n;
}

function countDown(this: SchedulerAction<number>, left = 0): void {
  if (left > 0) this.schedule(left - 1);
}

/**
 * ns per action of RxJS's `queueScheduler` when one action re-schedules itself `n` times
 * (the trampoline's best case: its queue never holds more than one action).
 *
 * @example
 * ```ts
 * const ns = await queueSelfRescheduleNs(100_000);
 * ```
 */
export async function queueSelfRescheduleNs(n: number): Promise<number> {
  const ms = await medianMs(() => {
    queueScheduler.schedule(countDown, 0, n - 1);
  });
  return (ms * 1e6) / n;
}
