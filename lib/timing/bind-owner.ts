import { Subscription } from '../rx.js';
import { watchDispose } from './dispose-watch.js';
import { isAbortSignal, ownerEnded, type Owner } from './owner.js';

/**
 * Ties `handle` to `owner`: when the owner ends, the handle is unsubscribed (at once if
 * it has already ended). When the handle ends first, the link is undone, so a
 * long-lived owner does not collect dead handles.
 *
 * @example
 * ```ts
 * const handle = new Subscription();
 * bindToOwner(controller.signal, handle);
 * controller.abort(); // handle.closed === true
 * ```
 */
export function bindToOwner(owner: Owner, handle: Subscription): void {
  if (ownerEnded(owner)) {
    handle.unsubscribe();
    return;
  }
  const end = () => handle.unsubscribe();
  // not add()/remove() duck typing: a scene group with dispose() has those too. A
  // Subscription of another RxJS copy is watched through its unsubscribe() instead.
  if (owner instanceof Subscription) {
    // an RxJS Subscription: a child removes itself from its parent when it ends
    owner.add(handle);
  } else if (isAbortSignal(owner)) {
    owner.addEventListener('abort', end, { once: true });
    handle.add(() => owner.removeEventListener('abort', end));
  } else {
    handle.add(watchDispose(owner, end));
  }
}
