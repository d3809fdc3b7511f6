const SHORT_MS = 0.5;
const PREFETCH = 64;
const DECAY = 0.9;

/**
 * How long one worker function runs (a decaying maximum), deciding how many of its jobs
 * a worker may hold: one for functions that are slow or not yet seen, up to 64 for
 * functions that stay under 0.5 ms, so trivial tasks travel in batches while a long
 * task never has others waiting behind it inside its worker.
 *
 * @example
 * ```ts
 * stats.record(12.5);
 * stats.depth; // 1
 * ```
 */
export class FnStats {
  private slowest = Number.NaN;

  /** Jobs a worker may hold at once. */
  depth = 1;

  record(ms: number): void {
    const decayed = this.slowest * DECAY;
    this.slowest = ms > decayed || Number.isNaN(decayed) ? ms : decayed;
    this.depth = this.slowest < SHORT_MS ? PREFETCH : 1;
  }
}
