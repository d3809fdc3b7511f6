// The worker side of the "worker" mode: renders the same image off the main thread,
// served by frametasks' worker-side API.
import { defineWorker, type WorkerContext } from '../../lib/workers/worker-side/index.js';
import { fractalSteps, type FractalImage, type FractalParams } from './fractal-job.js';

defineWorker({
  render(params: FractalParams, ctx: WorkerContext): FractalImage {
    const steps = fractalSteps(params);
    for (let row = 0; ; row++) {
      const step = steps.next();
      if (step.done) return step.value;
      if (ctx.signal.aborted) throw ctx.signal.reason;
      if (row % 16 === 0) ctx.progress(step.value);
    }
  },
});
