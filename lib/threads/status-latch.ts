import { AsyncSubject, BehaviorSubject, firstValueFrom, type Observable } from 'rxjs';
import type { ThreadOutcome } from './thread-exit.js';
import type { ThreadStatus } from './thread-status.js';

/**
 * A thread's (or child slot's) status and outcome: `status$` replays the current status
 * and completes after the final one; `exit$` and `join()` give the outcome once.
 *
 * @example
 * ```ts
 * const latch = new StatusLatch<number>();
 * latch.set('running');
 * latch.settle({ exit: { type: 'result', value: 1 }, teardownErrors: [] });
 * ```
 */
export class StatusLatch<R> {
  private readonly subject = new BehaviorSubject<ThreadStatus>('idle');
  private readonly done = new AsyncSubject<ThreadOutcome<R>>();
  private joined: Promise<ThreadOutcome<R>> | undefined = undefined;
  readonly status$: Observable<ThreadStatus> = this.subject.asObservable();
  readonly exit$: Observable<ThreadOutcome<R>> = this.done.asObservable();

  get status(): ThreadStatus {
    return this.subject.value;
  }

  set(status: ThreadStatus): void {
    this.subject.next(status);
  }

  /** Sets the final status matching the outcome and emits the outcome. */
  settle(outcome: ThreadOutcome<R>): void {
    this.subject.next(outcome.exit.type === 'crashed' ? 'failed' : 'stopped');
    this.subject.complete();
    this.done.next(outcome);
    this.done.complete();
  }

  join(): Promise<ThreadOutcome<R>> {
    return (this.joined ??= firstValueFrom(this.done));
  }
}
