import { defer, Observable, of } from 'rxjs';
import type { FrameScheduler, TaskContext } from '../../lib/index.js';
import { fractalSteps, renderFractal, type FractalImage, type FractalParams } from './fractal-job.js';

/**
 * The naive way: the whole job in one call on the main thread, inside one frame.
 *
 * @example
 * ```ts
 * runtime.run(naiveJob(params), { description: 'naive', kind: 'frame' });
 * ```
 */
export function naiveJob(params: FractalParams): () => Observable<FractalImage> {
  return () => defer(() => of(renderFractal(params)));
}

/**
 * Time-sliced on frames: one row per step, as many steps per frame as the scheduler's
 * budget allows; the rest continues on the next frame.
 *
 * @example
 * ```ts
 * runtime.run(slicedJob(runtime.scheduler, params), { description: 'sliced', kind: 'sliced' });
 * ```
 */
export function slicedJob(
  scheduler: FrameScheduler,
  params: FractalParams,
): (ctx: TaskContext) => Observable<FractalImage> {
  return (ctx) =>
    new Observable<FractalImage>((subscriber) => {
      const steps = fractalSteps(params);
      return scheduler.schedule(function () {
        for (;;) {
          const step = steps.next();
          if (step.done) {
            subscriber.next(step.value);
            subscriber.complete();
            return;
          }
          if (scheduler.shouldYield()) {
            ctx.progress(step.value);
            this.schedule();
            return;
          }
        }
      });
    });
}

/** Messages from job-worker.ts. */
export type JobWorkerMessage = { type: 'progress'; value: number } | { type: 'done'; image: FractalImage };

/**
 * In a plain module Web Worker: posted the params, terminated on cancel.
 *
 * @example
 * ```ts
 * runtime.run(workerJob(params), { description: 'worker', kind: 'worker' });
 * ```
 */
export function workerJob(params: FractalParams): (ctx: TaskContext) => Observable<FractalImage> {
  return (ctx) =>
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
