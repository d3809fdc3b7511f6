import type { Runtime } from '../../lib/index.js';
import { fakeFetch } from './fake-fetch.js';
import { fractalSteps, renderFractal, type FractalImage, type FractalParams } from './fractal-job.js';

/** The worker module of the "worker" mode (bundled next to the page). */
const JOB_WORKER = new URL('./job-worker.js', import.meta.url);

/** The three ways to run the same CPU-heavy job. */
export type JobMode = 'naive' | 'sliced' | 'worker';

/**
 * Launches the fractal job in `mode` as a task and calls `onDone` with the image and the
 * wall-clock ms from click to result. Naive: one blocking call on a frame. Sliced: a
 * generator the runtime steps within each frame's budget. Worker: a module Web Worker.
 *
 * @example
 * ```ts
 * launchJob(runtime, params, 'sliced', (image, ms) => show(image, ms));
 * ```
 */
export function launchJob(
  runtime: Runtime,
  params: FractalParams,
  mode: JobMode,
  onDone: (image: FractalImage, ms: number) => void,
): string {
  const started = performance.now();
  const description = `fractal, ${mode}`;
  const id =
    mode === 'naive'
      ? runtime.run(() => renderFractal(params), { description, kind: 'frame' })
      : mode === 'sliced'
        ? runtime.run(() => fractalSteps(params), { description, kind: 'sliced' })
        : runtime.workers.run({ module: JOB_WORKER, fn: 'render' }, [params], { description });
  runtime.result<FractalImage>(id).subscribe({
    next: (image) => onDone(image, performance.now() - started),
    error: () => undefined, // cancelled or cleared: the table shows it
  });
  return id;
}

/** The network-like buttons: what each request does. */
export const FETCHES = {
  ok: { url: '/api/scene.json', ms: 800, timeout: 5000, fail: undefined },
  slow: { url: '/api/slow-tiles', ms: 3000, timeout: 1000, fail: undefined },
  fail: { url: '/api/broken', ms: 600, timeout: 5000, fail: 'HTTP 503 Service Unavailable' },
  long: { url: '/api/long-poll', ms: 10_000, timeout: 20_000, fail: undefined },
} as const;

/**
 * Launches a network-like promise task; it gets the task's AbortSignal, so cancelling or
 * timing out aborts the request itself.
 *
 * @example
 * ```ts
 * launchFetch(runtime, 'slow'); // ends as "timeout" after 1 s
 * ```
 */
export function launchFetch(runtime: Runtime, which: keyof typeof FETCHES): string {
  const { url, ms, timeout, fail } = FETCHES[which];
  const description = `fetch ${url} (${ms} ms, timeout ${timeout} ms)`;
  return runtime.run((signal: AbortSignal) => fakeFetch(url, ms, signal, fail), { description, timeout });
}
