import { debounceTime, filter, map, take, type Observable } from 'rxjs';
import { observeOnFrames, type FrameScheduler, type Runtime } from '../../lib/index.js';

/** How long readings must stay quiet before the last one counts as settled. */
export const SETTLE_MS = 30;

/**
 * A user's pipeline: raw sensor readings are handed to the frame (one batch per frame),
 * glitches (NaN, ±Infinity) are dropped, and a reading counts once the sensor has been
 * quiet for {@link SETTLE_MS} — timed on the frame scheduler, so it is virtual in tests.
 */
export function settledReadings(readings$: Observable<number>, scheduler: FrameScheduler): Observable<number> {
  return readings$.pipe(
    observeOnFrames(scheduler),
    filter((value) => Number.isFinite(value)),
    debounceTime(SETTLE_MS, scheduler),
    map((value) => Math.round(value * 10) / 10),
  );
}

/**
 * Calibration as a task: the first settled reading is the result; a sensor that never
 * settles makes the task time out after `timeoutMs`.
 */
export function calibrate(runtime: Runtime, readings$: Observable<number>, timeoutMs = 200): string {
  const firstSettled$ = settledReadings(readings$, runtime.scheduler).pipe(take(1));
  return runtime.run(firstSettled$, { description: 'calibrate sensor', timeout: timeoutMs });
}
