import { from } from 'rxjs';
import type { DemoRuntime } from './demo-runtime.js';
import { fakeFetch } from './fake-fetch.js';
import { naiveJob, slicedJob, workerJob } from './job-bodies.js';
import type { FractalImage, FractalParams } from './fractal-job.js';

/** The three ways to run the same CPU-heavy job. */
export type JobMode = 'naive' | 'sliced' | 'worker';

/**
 * Launches the fractal job in `mode` as a task and calls `onDone` with the image and the
 * wall-clock ms from click to result.
 *
 * @example
 * ```ts
 * launchJob(runtime, params, 'sliced', (image, ms) => show(image, ms));
 * ```
 */
export function launchJob(
  runtime: DemoRuntime,
  params: FractalParams,
  mode: JobMode,
  onDone: (image: FractalImage, ms: number) => void,
): string {
  const started = performance.now();
  const body =
    mode === 'naive' ? naiveJob(params) : mode === 'sliced' ? slicedJob(runtime.scheduler, params) : workerJob(params);
  const kind = mode === 'naive' ? 'frame' : mode;
  const id = runtime.run(body, { description: `fractal, ${mode}`, kind });
  runtime.result$<FractalImage>(id).subscribe((image) => onDone(image, performance.now() - started));
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
export function launchFetch(runtime: DemoRuntime, which: keyof typeof FETCHES): string {
  const { url, ms, timeout, fail } = FETCHES[which];
  const description = `fetch ${url} (${ms} ms, timeout ${timeout} ms)`;
  return runtime.run((ctx) => from(fakeFetch(url, ms, ctx.signal, fail)), { description, kind: 'frame', timeout });
}
