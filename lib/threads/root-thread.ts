import { EMPTY, filter, Subject, type Observable } from 'rxjs';
import type { TaskThread } from './task-thread.js';
import { ThreadCore } from './thread-core.js';
import type { ThreadEvent } from './thread-event.js';
import type { ThreadOutcome } from './thread-exit.js';
import type { ThreadHost } from './thread-host.js';
import type { ThreadNode } from './thread-node.js';
import type { ThreadSpec } from './thread-spec.js';
import type { ThreadStatus } from './thread-status.js';
import type { UpItem, UpSink } from './up-sink.js';

/**
 * The {@link TaskThread} behind {@link createThread}: a thread core whose UP channel
 * ends in `up$` instead of a parent.
 *
 * @example
 * ```ts
 * const root = new RootThread(spec, new ThreadHost(scheduler));
 * ```
 */
export class RootThread<In, Up, R> implements TaskThread<In, Up, R>, UpSink<Up, R> {
  readonly #core: ThreadCore<In, Up, R, any>;
  readonly #upSubject = new Subject<Up>();
  readonly up$: Observable<Up> = this.#upSubject.asObservable();

  readonly #host: ThreadHost;

  constructor(spec: ThreadSpec<In, Up, R, any>, host: ThreadHost) {
    this.#host = host;
    this.#core = new ThreadCore(spec, host, this, undefined);
  }

  get id(): string {
    return this.#core.id;
  }
  get name(): string {
    return this.#core.name;
  }
  get status(): ThreadStatus {
    return this.#core.status;
  }
  get status$(): Observable<ThreadStatus> {
    return this.#core.status$;
  }
  get exit$(): Observable<ThreadOutcome<R>> {
    return this.#core.exit$;
  }
  get in$(): Observable<In> {
    return this.#core.in$;
  }
  get events$(): Observable<ThreadEvent> {
    return this.#host.events$;
  }
  get tree$(): Observable<ThreadNode> {
    return this.#host.tree$(this.#core.id).pipe(filter((node): node is ThreadNode => node !== undefined));
  }

  start(): this {
    this.#core.start();
    return this;
  }
  send(message: In): void {
    this.#core.send(message);
  }
  stop(): Promise<ThreadOutcome<R>> {
    return this.#core.stop();
  }
  join(): Promise<ThreadOutcome<R>> {
    return this.#core.join();
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
