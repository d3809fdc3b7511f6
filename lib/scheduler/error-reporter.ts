import { Subject, type Observable } from 'rxjs';

/**
 * Where a {@link FrameScheduler} sends errors thrown by work: an optional handler and an
 * observable. A handler that throws is itself reported on the observable, so reporting
 * can never break the frame that is running.
 *
 * @example
 * ```ts
 * const reporter = new ErrorReporter((e) => log(e));
 * reporter.errors$.subscribe(show);
 * reporter.report(new Error('boom'));
 * ```
 */
export class ErrorReporter {
  private readonly subject = new Subject<unknown>();
  /** Every reported error, in order. */
  readonly errors$: Observable<unknown> = this.subject.asObservable();

  constructor(private readonly onError: ((error: unknown) => void) | undefined) {}

  /** Reports one error once: to the handler, then to `errors$` (or the console if nobody listens). */
  report(error: unknown): void {
    if (this.onError) {
      try {
        this.onError(error);
      } catch (handlerError) {
        this.publish(handlerError, true);
      }
    }
    this.publish(error, this.onError === undefined);
  }

  complete(): void {
    this.subject.complete();
  }

  private publish(error: unknown, warnIfUnheard: boolean): void {
    if (this.subject.observed) this.subject.next(error);
    else if (warnIfUnheard) console.error('frametasks: unhandled error in frame work', error);
  }
}
