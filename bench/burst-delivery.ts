import { Observable, type OperatorFunction } from 'rxjs';
import { hostFrames, type HostFrames } from '../lib/frames/host-frames.js';
import { FrameScheduler } from '../lib/scheduler/frame-scheduler.js';
import { medianMs } from './measure.js';

/** A cold source that emits `n` numbers synchronously, then completes. */
export function burst(n: number): Observable<number> {
  return new Observable<number>((subscriber) => {
    for (let i = 0; i < n && !subscriber.closed; i++) subscriber.next(i);
    subscriber.complete();
  });
}

/** Makes the delivery operator under test for a given frame scheduler. */
export type DeliveryFactory = (scheduler: FrameScheduler) => OperatorFunction<number, number>;

/**
 * ns per value of handing a burst of `n` values over frames with `deliver` (a frame
 * delivery operator), frames pumped synchronously with an 8 ms budget until it completes.
 *
 * @example
 * ```ts
 * const ns = await frameDeliveryNsPerValue(100_000, (s) => observeOnFrames(s));
 * ```
 */
export async function frameDeliveryNsPerValue(n: number, deliver: DeliveryFactory, budgetMs = 8): Promise<number> {
  const host = hostFrames();
  const scheduler = new FrameScheduler({ frames: host.frames, budgetMs });
  const ms = await medianMs(() => deliverOnce(n, deliver(scheduler), host), { runs: 15, warmup: 3 });
  scheduler.dispose();
  return (ms * 1e6) / n;
}

function deliverOnce(n: number, operator: OperatorFunction<number, number>, host: HostFrames): void {
  let received = 0;
  let complete = false;
  burst(n)
    .pipe(operator)
    .subscribe({ next: () => received++, complete: () => (complete = true) });
  while (!complete && host.tick());
  if (received !== n || !complete) throw new Error(`bench: delivered ${received} of ${n}`);
}

/**
 * ns per value of a scheduler-based operator that ends on a later turn of the event loop
 * (e.g. `observeOn(asapScheduler)`): the burst is pushed, then we wait for completion.
 *
 * @example
 * ```ts
 * const ns = await asyncDeliveryNsPerValue(100_000, observeOn(asapScheduler));
 * ```
 */
export async function asyncDeliveryNsPerValue(
  n: number,
  operator: OperatorFunction<number, number>,
  { runs = 1, warmup = 0 } = {},
): Promise<number> {
  const ms = await medianMs(
    () =>
      new Promise<void>((resolve, reject) => {
        let received = 0;
        burst(n)
          .pipe(operator)
          .subscribe({
            next: () => received++,
            complete: () => (received === n ? resolve() : reject(new Error(`bench: delivered ${received} of ${n}`))),
          });
      }),
    { runs, warmup },
  );
  return (ms * 1e6) / n;
}
