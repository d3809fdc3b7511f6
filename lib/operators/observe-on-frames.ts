import type { MonoTypeOperatorFunction } from 'rxjs';
import { Observable } from '../rx-frames.js';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { toFrameScheduler } from '../scheduler/frame-scheduler-schema.js';
import { BatchedDelivery } from './batched-delivery.js';

/**
 * Like RxJS `observeOn(scheduler)`, but batched: a burst of values is buffered and
 * handed over by ONE scheduled action per frame instead of one action per value, so a
 * backlog of n values costs O(n), not O(n²). Values keep their order; when the frame
 * budget is spent the rest continues next frame; complete and error follow the values;
 * unsubscribing drops what is still buffered.
 *
 * @param scheduler - the {@link FrameScheduler} whose frames deliver the values
 * @example
 * ```ts
 * results$.pipe(observeOnFrames(runtime.scheduler)).subscribe((r) => scene.add(r));
 * ```
 */
export function observeOnFrames<T>(scheduler: FrameScheduler): MonoTypeOperatorFunction<T> {
  const frames = toFrameScheduler(scheduler);
  return (source) =>
    new Observable<T>((subscriber) => {
      const delivery = new BatchedDelivery<T>(frames, subscriber);
      const upstream = source.subscribe(delivery);
      return () => {
        upstream.unsubscribe();
        delivery.stop();
      };
    });
}
