import { Runtime } from './runtime.js';
import type { RuntimeOptions } from './runtime-options.js';

/**
 * Creates the runtime: a frame scheduler driven by `frames` and a task manager on it.
 * Frames are subscribed only while there is work, so a Node script still exits by itself.
 *
 * @example
 * ```ts
 * const runtime = createRuntime({ frames: intervalFrames(60), budgetMs: 8, maxConcurrent: 4 });
 * const id = runtime.run((signal) => fetch(url, { signal }), { description: 'load', timeout: 5_000 });
 * runtime.table$.subscribe((rows) => console.log(formatTable(rows)));
 * ```
 */
export function createRuntime(options: RuntimeOptions): Runtime {
  return new Runtime(options);
}
