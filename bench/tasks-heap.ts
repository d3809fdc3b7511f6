import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { hostFrames } from '../lib/frames/host-frames.js';
import { createRuntime } from '../lib/runtime/create-runtime.js';

const BATCH = 10_000;
const trivial = (): number => 1;

/**
 * Heap growth (MB, after a full GC) from running `total` tasks in batches with
 * `clearAfter: 0`, so every finished row has expired by the end. Returns NaN when no GC
 * can be forced (then the figure would only measure the collector's mood).
 *
 * @example
 * ```ts
 * heapMBAfter(1_000_000);
 * ```
 */
export function heapMBAfter(total: number): number {
  const gc = exposeGc();
  if (gc === undefined) return Number.NaN;
  const host = hostFrames();
  const runtime = createRuntime({ frames: host.frames, clearAfter: 0 });
  const table = runtime.table$.subscribe(() => undefined);
  const runBatch = (): void => {
    for (let i = 0; i < BATCH; i++) runtime.run(trivial);
    while (host.tick());
  };
  runBatch(); // warm: first batch allocates the structures' steady-state capacity
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let done = BATCH; done < total; done += BATCH) runBatch();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (runtime.table$.value.length !== 0) throw new Error('bench: expired rows were not cleared');
  table.unsubscribe();
  runtime.dispose();
  return (after - before) / (1024 * 1024);
}

/**
 * A function forcing a full GC (exposing it through V8 flags if needed), or undefined
 * when that is impossible.
 *
 * @example
 * ```ts
 * exposeGc()?.();
 * ```
 */
export function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}
