import type { Observable } from 'rxjs';
import { AsyncSubject, BehaviorSubject, firstValueFrom } from '../../rx.js';
import { ThreadStateError } from '../../errors.js';
import type { ThreadOutcome } from '../thread-exit.js';
import type { ThreadStatus } from '../thread-status.js';

/**
 * What a running thread ({@link ThreadCore}) and a child as its parent holds it
 * ({@link ChildSlot}) share: the status machine as users see it. `status$` replays the
 * current status and completes after the final one; `exit$` and `join()` give the outcome
 * once; a refused call throws the same {@link ThreadStateError} from either.
 *
 * @example
 * ```ts
 * class Slot extends ThreadLifecycle<number> {
 *   readonly name = 'slot';
 *   finish(): void { this.settleStatus({ exit: { type: 'result', value: 1 }, teardownErrors: [] }); }
 * }
 * ```
 */
export abstract class ThreadLifecycle<R> {
  abstract readonly name: string;
  readonly #status = new BehaviorSubject<ThreadStatus>('idle');
  readonly #done = new AsyncSubject<ThreadOutcome<R>>();
  #joined: Promise<ThreadOutcome<R>> | undefined;
  readonly status$: Observable<ThreadStatus> = this.#status.asObservable();
  readonly exit$: Observable<ThreadOutcome<R>> = this.#done.asObservable();

  get status(): ThreadStatus {
    return this.#status.value;
  }

  /** Resolves with the outcome once the thread is final; never rejects. */
  join(): Promise<ThreadOutcome<R>> {
    return (this.#joined ??= firstValueFrom(this.#done));
  }

  protected setStatus(status: ThreadStatus): void {
    this.#status.next(status);
  }

  /** The final status (from the outcome), then the outcome; both streams complete. */
  protected settleStatus(outcome: ThreadOutcome<R>): void {
    const status = this.#status;
    status.next(outcome.exit.type === 'crashed' ? 'failed' : 'stopped');
    status.complete();
    this.#done.next(outcome);
    this.#done.complete();
  }

  /** Throws "cannot `action` thread "name": it is `status`". */
  protected refuse(action: string): never {
    throw new ThreadStateError(`cannot ${action} thread "${this.name}": it is ${this.status}`);
  }
}
