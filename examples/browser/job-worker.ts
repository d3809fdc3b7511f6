// The worker side of the "worker" mode: renders the same image off the main thread.
import { fractalSteps, type FractalParams } from './fractal-job.js';
import type { JobWorkerMessage } from './job-bodies.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<FractalParams>) => void) | null;
  postMessage(message: JobWorkerMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const steps = fractalSteps(event.data);
  for (let row = 0; ; row++) {
    const step = steps.next();
    if (step.done) {
      scope.postMessage({ type: 'done', image: step.value }, [step.value.buffer]);
      return;
    }
    if (row % 16 === 0) scope.postMessage({ type: 'progress', value: step.value });
  }
};
