import { PerformanceObserver } from 'node:perf_hooks';

/**
 * The main thread's GC pauses while it watches (V8's `gc` performance entries), to tell
 * how much of a frame was the collector: a scavenge inside a frame is busy time the
 * scheduler neither caused alone nor can foresee, and its helper threads' CPU is in
 * `process.cpuUsage()` too.
 *
 * @example
 * ```ts
 * const gc = new GcPauses();
 * const t0 = performance.now(); work(); const t1 = performance.now();
 * const gcMs = gc.within(t0, t1);
 * gc.stop();
 * ```
 */
export class GcPauses {
  readonly #pauses: (readonly [start: number, end: number])[] = [];
  readonly #observer = new PerformanceObserver((list) => this.#add(list.getEntries()));

  constructor() {
    this.#observer.observe({ entryTypes: ['gc'] });
  }

  /** Ms of GC pauses inside `[from, to]` (performance.now() times). Call {@link stop} first for the latest. */
  within(from: number, to: number): number {
    let ms = 0;
    for (const [start, end] of this.#pauses) ms += Math.max(0, Math.min(end, to) - Math.max(start, from));
    return ms;
  }

  /** Stops watching; entries not yet delivered to the observer are taken now. */
  stop(): void {
    this.#add(this.#observer.takeRecords());
    this.#observer.disconnect();
  }

  #add(entries: readonly { readonly startTime: number; readonly duration: number }[]): void {
    for (const e of entries) this.#pauses.push([e.startTime, e.startTime + e.duration]);
  }
}
