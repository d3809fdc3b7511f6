import { Observable } from 'rxjs';
import type { TaskContext } from '../../lib/index.js';
import type { FractalImage, FractalParams } from './fractal-job.js';

/** Messages from job-worker.ts. */
export type JobWorkerMessage = { type: 'progress'; value: number } | { type: 'done'; image: FractalImage };

/**
 * The job in a module Web Worker, as task work: posts the params, reports the worker's
 * progress, and terminates the worker when the task is cancelled or times out.
 *
 * @example
 * ```ts
 * runtime.run(workerJob(params), { description: 'worker', kind: 'worker' });
 * ```
 */
export function workerJob(params: FractalParams): (signal: AbortSignal, ctx: TaskContext) => Observable<FractalImage> {
  return (_signal, ctx) =>
    new Observable<FractalImage>((subscriber) => {
      const worker = new Worker(new URL('./job-worker.js', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<JobWorkerMessage>) => {
        if (event.data.type === 'progress') ctx.progress(event.data.value);
        else {
          subscriber.next(event.data.image);
          subscriber.complete();
        }
      };
      worker.onerror = (event) => subscriber.error(new Error(`worker failed: ${event.message}`));
      worker.postMessage(params);
      return () => worker.terminate();
    });
}
