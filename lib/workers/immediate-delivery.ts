import { Observable, Subscription } from '../rx.js';
import type { FrameDelivery } from './frame-inbox.js';

/**
 * A {@link FrameDelivery} that hands worker results, errors and progress over at once, in
 * the worker's message event, instead of at the start of the next frame. For a caller
 * that needs no frame-delivered hooks (a server, a script, a test): a pool built on it
 * costs one message each way per call and no frame. Progress is then coalesced per
 * message from the worker rather than per frame. A hook that throws is reported as RxJS
 * reports an unhandled error (`config.onUnhandledError`, else thrown on a timer).
 *
 * @example
 * ```ts
 * const pool = new WorkerPool({ scheduler: immediateDelivery, size: 2 });
 * const sum = await firstValueFrom(pool.exec<number>({ module: url, fn: 'sum' }, [[1, 2, 3]]));
 * ```
 */
export const immediateDelivery: FrameDelivery = {
  atStartOfFrame(work: () => void): Subscription {
    try {
      work();
    } catch (error) {
      // a throwing hook must not break off the worker's message handling (the rest of its batch,
      // the next job): reported as RxJS reports an unhandled error, as a frame would report it
      new Observable<never>((subscriber) => subscriber.error(error)).subscribe();
    }
    return Subscription.EMPTY;
  },
};
