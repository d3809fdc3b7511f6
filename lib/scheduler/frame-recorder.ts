import { Subject, type Observable } from 'rxjs';
import type { Clock } from '../frames/frame-clock.js';
import type { FrameAction } from './frame-action.js';
import type { FrameStats } from './frame-stats.js';

/** The figures of one frame that the scheduler knows when it ends. */
export interface FrameCounts {
  readonly index: number;
  readonly time: number;
  readonly delta: number;
  readonly actionsRun: number;
  readonly actionsDeferred: number;
}

/**
 * Turns what a frame did into {@link FrameStats} on `stats$`, and, while `measuring`,
 * times every action (two clock reads each) so the stats split busy time into the
 * actions' time and the scheduler's own bookkeeping, and count the budgeted actions
 * started after the budget was spent. Deadline and end-of-frame actions are not
 * budgeted; the first budgeted action of a frame always runs.
 *
 * @example
 * ```ts
 * recorder.measuring = true;
 * recorder.begin();
 * recorder.run(action, execute, meter.deadlineAt);
 * recorder.emit({ index, time, delta, actionsRun, actionsDeferred });
 * ```
 */
export class FrameRecorder {
  private readonly subject = new Subject<FrameStats>();
  /** Per-frame figures, emitted after each frame. */
  readonly stats$: Observable<FrameStats> = this.subject.asObservable();
  measuring = false;
  private workMs = 0;
  private longestMs = 0;
  private budgeted = 0;
  private lateStarts = 0;
  private lateMs = 0;

  constructor(
    private readonly clock: Clock,
    private readonly budgetMs: number,
  ) {}

  /** Starts a frame's action times from zero. */
  begin(): void {
    this.workMs = this.longestMs = this.lateMs = this.budgeted = this.lateStarts = 0;
  }

  /** Runs `action` through `execute` and records its time against `deadline` (the budget's end). */
  run(action: FrameAction<unknown>, execute: (a: FrameAction<unknown>) => void, deadline: number): void {
    const start = this.clock.now();
    execute(action);
    const ms = this.clock.now() - start;
    this.workMs += ms;
    if (ms > this.longestMs) this.longestMs = ms;
    if (action.lane !== 'start' && action.lane !== 'update') return;
    if (this.budgeted++ > 0 && start >= deadline) {
      this.lateStarts++;
      this.lateMs += ms;
    }
  }

  emit(counts: FrameCounts): void {
    const busyMs = this.clock.now() - counts.time;
    const overrunMs = Math.max(0, busyMs - this.budgetMs);
    const base = { ...counts, busyMs, overrunMs, budgetMs: this.budgetMs };
    const { workMs, longestMs, lateStarts, lateMs } = this;
    this.subject.next(
      this.measuring
        ? { ...base, workMs, longestActionMs: longestMs, lateStarts, lateMs, ownMs: Math.max(0, busyMs - workMs) }
        : base,
    );
  }

  complete(): void {
    this.subject.complete();
  }
}
