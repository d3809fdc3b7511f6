import type { FrameStats } from '../scheduler/frame-stats.js';

/**
 * The last `capacity` frames' stats (a ring), and summaries of them for the Frames view.
 *
 * @example
 * ```ts
 * runtime.scheduler.stats$.subscribe((s) => history.add(s));
 * history.frames(); // oldest first
 * ```
 */
export class FrameHistory {
  private readonly ring: FrameStats[] = [];
  private next = 0;

  constructor(readonly capacity = 300) {}

  add(stats: FrameStats): void {
    if (this.ring.length < this.capacity) this.ring.push(stats);
    else this.ring[this.next] = stats;
    this.next = (this.next + 1) % this.capacity;
  }

  /** The kept frames, oldest first. */
  frames(): FrameStats[] {
    return this.ring.length < this.capacity
      ? [...this.ring]
      : [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
  }

  clear(): void {
    this.ring.length = 0;
    this.next = 0;
  }
}

/**
 * Figures over `frames`: frames per second (from their deltas), the worst busy ms, the
 * overruns, and the actions run and deferred.
 *
 * @example
 * ```ts
 * summarizeFrames(history.frames()).fps;
 * ```
 */
export function summarizeFrames(frames: readonly FrameStats[]): {
  readonly fps: number;
  readonly worstBusyMs: number;
  readonly overruns: number;
  readonly actionsRun: number;
  readonly actionsDeferred: number;
} {
  let time = 0;
  let timed = 0;
  let worstBusyMs = 0;
  let overruns = 0;
  let actionsRun = 0;
  let actionsDeferred = 0;
  for (const f of frames) {
    if (f.delta > 0) {
      time += f.delta;
      timed++;
    }
    worstBusyMs = Math.max(worstBusyMs, f.busyMs);
    if (f.overrunMs > 0) overruns++;
    actionsRun += f.actionsRun;
    actionsDeferred += f.actionsDeferred;
  }
  const fps = time > 0 ? (timed * 1000) / time : 0; // the first frame has no delta
  return { fps, worstBusyMs, overruns, actionsRun, actionsDeferred };
}
