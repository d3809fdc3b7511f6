import type { Observable } from 'rxjs';
import { catchError, concat, EMPTY } from '../../rx.js';

/**
 * Runs tear-down steps one after another; a failing step is reported to `onError` and
 * the next step still runs, so one broken clean-up never leaves a thread half-stopped.
 *
 * @example
 * ```ts
 * teardown$([children.halt$(), hook$(() => spec.exit?.(ctx))], (e) => errors.push(e)).subscribe();
 * ```
 */
export function teardown$(steps: readonly Observable<never>[], onError: (error: unknown) => void): Observable<never> {
  return concat(
    ...steps.map((step) =>
      step.pipe(
        catchError((error: unknown) => {
          onError(error);
          return EMPTY;
        }),
      ),
    ),
  );
}
