const SHORT_MS = 0.5;
const PREFETCH = 64;
const DECAY = 0.9;

/**
 * Remembers how long each worker function runs (a decaying maximum) and decides how
 * many jobs a worker may hold: one for functions that are slow or not yet seen, up to 64
 * for functions that stay under 0.5 ms, so trivial tasks travel in batches while a long
 * task never has others waiting behind it inside its worker.
 *
 * @example
 * ```ts
 * timing.record('mesh.js#build', 12.5);
 * timing.depth('mesh.js#build'); // 1
 * ```
 */
export class TaskTiming {
  private readonly slowest = new Map<string, number>();

  record(where: string, ms: number): void {
    const previous = this.slowest.get(where);
    this.slowest.set(where, previous === undefined ? ms : Math.max(ms, previous * DECAY));
  }

  depth(where: string): number {
    const ms = this.slowest.get(where);
    return ms !== undefined && ms < SHORT_MS ? PREFETCH : 1;
  }
}
