import { Subject, type Observable } from 'rxjs';
import type { Clock } from '../frames/frame-clock.js';
import { ActionTimer } from './action-timer.js';
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
 * times every action so the stats split busy time into the actions' time and the
 * scheduler's own.
 *
 * @example
 * ```ts
 * recorder.measuring = true;
 * recorder.emit({ index, time, delta, actionsRun, actionsDeferred });
 * ```
 */
export class FrameRecorder {
  private readonly subject = new Subject<FrameStats>();
  /** Per-frame figures, emitted after each frame. */
  readonly stats$: Observable<FrameStats> = this.subject.asObservable();
  /** The per-action timer; its figures are reported while `measuring` is on. */
  readonly timer: ActionTimer;
  measuring = false;

  constructor(
    private readonly clock: Clock,
    private readonly budgetMs: number,
  ) {
    this.timer = new ActionTimer(clock);
  }

  emit(counts: FrameCounts): void {
    const busyMs = this.clock.now() - counts.time;
    const overrunMs = Math.max(0, busyMs - this.budgetMs);
    const base = { ...counts, busyMs, overrunMs, budgetMs: this.budgetMs };
    if (!this.measuring) {
      this.subject.next(base);
      return;
    }
    const times = this.timer.times();
    this.subject.next({ ...base, ...times, ownMs: Math.max(0, busyMs - times.workMs) });
  }

  complete(): void {
    this.subject.complete();
  }
}
