import { TestScheduler } from 'rxjs/testing';
import type { RunHelpers } from 'rxjs/internal/testing/TestScheduler';

/** Runs `body` in RxJS virtual time with deep-equality marble assertions. */
export function virtual<T>(body: (helpers: RunHelpers) => T): T {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(body);
}
