import { interval } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { RunHelpers } from 'rxjs/internal/testing/TestScheduler';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';

/** Helpers of a virtual-time thread test: frames every 10 ms, a log stamped with frame-clock time. */
export interface Virtual extends RunHelpers {
  readonly ts: TestScheduler;
  readonly scheduler: FrameScheduler;
  readonly log: string[];
  /** Appends `entry@now` to the log. */
  note(entry: string): void;
  /** Runs `fn` at virtual time `ms` (outside any frame). */
  at(ms: number, fn: () => void): void;
}

/** Runs `body` in TestScheduler.run with a FrameScheduler on 10 ms frames; returns the log. */
export function virtual(body: (v: Virtual) => void): string[] {
  const ts = new TestScheduler((a, b) => expect(a).toEqual(b));
  const log: string[] = [];
  ts.run((helpers) => {
    const scheduler = new FrameScheduler({ frames: interval(10) });
    body({
      ...helpers,
      ts,
      scheduler,
      log,
      note: (entry) => log.push(`${entry}@${scheduler.now()}`),
      at: (ms, fn) => void ts.schedule(fn, ms),
    });
  });
  return log;
}
