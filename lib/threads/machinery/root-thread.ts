import type { Observable } from 'rxjs';
import { EMPTY, filter, Subject } from '../../rx.js';
import type { TaskThread } from '../task-thread.js';
import { ThreadCore } from './thread-core.js';
import type { ThreadEvent } from '../thread-event.js';
import type { ThreadHost } from './thread-host.js';
import type { ThreadNode } from '../thread-node.js';
import type { ThreadSpec } from '../thread-spec.js';
import type { UpItem, UpSink } from './up-sink.js';

/**
 * The {@link TaskThread} behind {@link createThread}: a thread core that is its own UP
 * sink, so its UP channel ends in `up$` instead of a parent. (Users see only the
 * `TaskThread` interface; the core's internals are not part of it.)
 *
 * @example
 * ```ts
 * const root = new RootThread(spec, new ThreadHost(scheduler));
 * ```
 */
export class RootThread<In, Up, R> extends ThreadCore<In, Up, R, any> implements TaskThread<In, Up, R>, UpSink<Up, R> {
  readonly #upSubject = new Subject<Up>();
  readonly up$: Observable<Up> = this.#upSubject.asObservable();

  constructor(spec: ThreadSpec<In, Up, R, any>, host: ThreadHost) {
    super(spec, host, undefined, undefined);
  }

  get events$(): Observable<ThreadEvent> {
    return this.host.events$;
  }
  get tree$(): Observable<ThreadNode> {
    return this.host.tree$(this.id).pipe(filter((node): node is ThreadNode => node !== undefined));
  }

  ready(): boolean {
    return true;
  }
  deliver(item: UpItem<Up, R>): Observable<never> {
    if (item.kind === 'message') this.#upSubject.next(item.message);
    else this.#upSubject.complete();
    return EMPTY;
  }
  fail(): void {
    // delivering to up$ subscribers cannot fail: RxJS reports subscriber errors itself
  }
}
