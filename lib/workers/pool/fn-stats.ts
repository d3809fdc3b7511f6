const SHORT_MS = 0.5;
const PREFETCH = 64;
/** A long task's worker holds its next ones, so it never waits for the main thread between tasks. */
const LONG_DEPTH = 3;
/** ...and is sent more only once it runs its last: two at a time, in one message. */
const LONG_JOIN_BELOW = 2;
const DECAY = 0.9;

/**
 * How long one worker function runs (a decaying maximum), deciding how many of its jobs
 * a worker may hold: one for a function not yet seen (it may run for minutes); up to 64
 * for functions that stay under 0.5 ms, so trivial tasks travel in batches; for the
 * others, the running one and up to two next ones, which start the moment the one before
 * ends instead of a main-thread round trip later. Such a worker is refilled only once it
 * runs its last job, two jobs per message: half the messages each way, and half the
 * main thread's wake-ups that send one (on 2 cores, time taken from a worker). A worker
 * that goes idle takes back a waiting job from a busy one (see `PoolCore`), so no job
 * stays stuck behind a long one.
 *
 * @example
 * ```ts
 * stats.record(12.5);
 * stats.depth; // 3
 * stats.joinBelow; // 2
 * ```
 */
export class FnStats {
  #slowest = Number.NaN;

  /** Jobs a worker may hold at once. */
  depth = 1;

  /** A busy worker is sent another job only while it holds fewer than this (then topped up to `depth`). */
  joinBelow = 1;

  /** Short enough that its jobs travel in batches (no job is taken back from a batch). */
  get batched(): boolean {
    return this.depth === PREFETCH;
  }

  record(ms: number): void {
    const decayed = this.#slowest * DECAY;
    this.#slowest = ms > decayed || Number.isNaN(decayed) ? ms : decayed;
    const short = this.#slowest < SHORT_MS;
    this.depth = short ? PREFETCH : LONG_DEPTH;
    this.joinBelow = short ? PREFETCH : LONG_JOIN_BELOW;
  }
}
