import { exposeGc } from './tasks-heap.js';
import { cpuMs } from './tasks-lifecycle.js';

/**
 * Wraps a measurement of ns per item (for {@link interleaved}) so that each contestant pays
 * for collecting its own garbage and for nobody else's: the heap is collected before it
 * starts (untimed), and once it returns, a full collection is timed (process CPU, like the
 * contestants) and added per item. Without this, what one contestant left in the old
 * generation was collected during the next contestant's run: measured on 2026-11-27, the
 * 100k tasks a frametasks run leaves behind cost ~2,500 ns per task to collect, which the
 * p-queue run after it was paying.
 *
 * @example
 * ```ts
 * const ours = withOwnGarbage(() => oursNsPerTask(100_000, false), 100_000);
 * ```
 */
export function withOwnGarbage(measure: () => number | Promise<number>, items: number): () => Promise<number> {
  const gc = exposeGc();
  if (gc === undefined) throw new Error('bench: cannot expose the garbage collector (v8.setFlagsFromString)');
  return async () => {
    gc();
    const nsPerItem = await measure();
    const t0 = cpuMs();
    gc();
    return nsPerItem + ((cpuMs() - t0) * 1e6) / items;
  };
}
