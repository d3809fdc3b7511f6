const SHORT_MS = 0.5;
const PREFETCH = 64;
/** A long task's worker holds its next one, so it never waits for the main thread between tasks. */
const LONG_DEPTH = 2;
const DECAY = 0.9;

/**
 * How long one worker function runs (a decaying maximum), deciding how many of its jobs
 * a worker may hold: one for a function not yet seen (it may run for minutes); up to 64
 * for functions that stay under 0.5 ms, so trivial tasks travel in batches; two for the
 * others: the running one and the next, which starts the moment the first ends instead of
 * a main-thread round trip later. A worker that goes idle takes back a waiting job from a
 * busy one (see `PoolCore`), so no job stays stuck behind a long one.
 *
 * @example
 * ```ts
 * stats.record(12.5);
 * stats.depth; // 2
 * ```
 */
export class FnStats {
  private slowest = Number.NaN;

  /** Jobs a worker may hold at once. */
  depth = 1;

  /** Short enough that its jobs travel in batches (no job is taken back from a batch). */
  get batched(): boolean {
    return this.depth === PREFETCH;
  }

  record(ms: number): void {
    const decayed = this.slowest * DECAY;
    this.slowest = ms > decayed || Number.isNaN(decayed) ? ms : decayed;
    this.depth = this.slowest < SHORT_MS ? PREFETCH : LONG_DEPTH;
  }
}
