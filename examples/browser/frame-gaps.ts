/**
 * Records the gap between consecutive animation frames with its own
 * `requestAnimationFrame` loop, independent of the library, so the figures measure what
 * the user sees rather than what the scheduler believes.
 */

/** One animation frame as the graph draws it. */
export interface FrameSample {
  /** Ms since the previous animation frame. */
  readonly gapMs: number;
  /** Ms the frame scheduler spent on work since the previous sample. */
  readonly busyMs: number;
}

/** Summary figures of the gaps recorded since the last reset. */
export interface GapStats {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly over50: number;
  readonly over100: number;
  /** The five largest gaps, largest first (for diagnostics). */
  readonly worst: readonly number[];
  /** The most the frame scheduler was busy in one frame (ms). */
  readonly maxBusy: number;
}

/**
 * Ring of recent samples for the graph, plus every gap since the last `reset()` for the
 * statistics the end-to-end test reads.
 *
 * @example
 * ```ts
 * const gaps = new FrameGaps(300);
 * gaps.start();
 * scheduler.stats$.subscribe((s) => gaps.addBusy(s.busyMs));
 * ```
 */
export class FrameGaps {
  readonly samples: FrameSample[] = [];
  private sinceReset: number[] = [];
  private maxBusy = 0;
  private pendingBusy = 0;
  private last = Number.NaN;

  constructor(private readonly capacity: number) {}

  /** Starts the rAF loop; `onFrame` runs after each sample is recorded. */
  start(onFrame: (time: number) => void = () => undefined): void {
    const tick = (time: number): void => {
      if (!Number.isNaN(this.last)) this.record(time - this.last);
      this.last = time;
      onFrame(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  /** Adds scheduler busy time to the sample of the coming frame. */
  addBusy(ms: number): void {
    this.pendingBusy += ms;
  }

  /** Forgets the gaps used for statistics (the graph keeps its history). */
  reset(): void {
    this.sinceReset = [];
    this.maxBusy = 0;
  }

  /** Figures over the gaps since the last reset. */
  stats(): GapStats {
    const sorted = [...this.sinceReset].sort((a, b) => a - b);
    const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return {
      count: sorted.length,
      p50: at(0.5),
      p95: at(0.95),
      max: sorted[sorted.length - 1] ?? 0,
      over50: sorted.filter((g) => g > 50).length,
      over100: sorted.filter((g) => g > 100).length,
      worst: sorted.slice(-5).reverse(),
      maxBusy: this.maxBusy,
    };
  }

  private record(gapMs: number): void {
    this.samples.push({ gapMs, busyMs: this.pendingBusy });
    if (this.samples.length > this.capacity) this.samples.shift();
    this.sinceReset.push(gapMs);
    this.maxBusy = Math.max(this.maxBusy, this.pendingBusy);
    this.pendingBusy = 0;
  }
}
