import type { Observable, Subscription } from 'rxjs';
import { BehaviorSubject, map, Subject } from '../../rx.js';
import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';
import type { ThreadEvent } from '../thread-event.js';
import type { ThreadNode } from '../thread-node.js';
import { ThreadRegistry } from './thread-registry.js';
import type { ThreadTableLink } from '../thread-table-link.js';

/**
 * What every thread of one tree shares: the frame scheduler, ids, the event stream,
 * the registry behind `tree$`, and the optional task-table link.
 *
 * @example
 * ```ts
 * const host = new ThreadHost(scheduler);
 * host.events$.subscribe(console.log);
 * ```
 */
export class ThreadHost {
  #seq = 0;
  readonly #eventSubject = new Subject<ThreadEvent>();
  readonly #registry = new ThreadRegistry();
  readonly #version = new BehaviorSubject(0);
  #flush: Subscription | undefined;

  /** Every status change of every thread, synchronously, in order. */
  readonly events$: Observable<ThreadEvent> = this.#eventSubject.asObservable();

  constructor(
    readonly scheduler: FrameScheduler,
    readonly table: ThreadTableLink | undefined = undefined,
  ) {}

  nextId(): string {
    return `thread-${++this.#seq}`;
  }

  emit(event: ThreadEvent): void {
    this.#registry.apply(event);
    this.#eventSubject.next(event);
    if (this.#flush !== undefined) return;
    this.#flush = this.scheduler.atEndOfFrame(() => {
      this.#flush = undefined;
      this.#version.next(this.#version.value + 1);
      this.#registry.prune();
    });
  }

  /** Snapshots of the subtree at `id`, at most one per frame (at its end). */
  tree$(id: string): Observable<ThreadNode | undefined> {
    return this.#version.pipe(map(() => this.#registry.tree(id)));
  }

  /** Runs `work` now when inside a frame, else on the next frame: hooks always run on frames. */
  onFrame(work: () => void): void {
    if (this.scheduler.inFrame) work();
    else this.scheduler.schedule(work);
  }
}
