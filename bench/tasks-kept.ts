import { hostFrames } from '../lib/frames/host-frames.js';
import { createRuntime } from '../lib/runtime/create-runtime.js';

const FINISHED = 50;
const never = (): Promise<never> => new Promise<never>(() => undefined);

/**
 * Runs `measure` while a small instance of each contestant stays alive beside the fresh
 * ones each round makes: a runtime and a p-queue, each with 50 finished tasks and two that
 * never end, as an app that has them in use keeps them. Without one, the previous round's
 * instance is collected with every object of its classes, V8 drops their hidden classes,
 * and the code it optimized for them is thrown away and compiled again in the next round
 * (`bench/tasks-jit.ts`: 24-53 deoptimizations for "weak objects" per round of ours, 7-13
 * of p-queue's, none with a kept runtime). The plain rounds measure that cold case; these
 * measure the steady state an app has. Both contestants get the same treatment.
 *
 * @example
 * ```ts
 * const spreads = await withKeptInstances(() => interleaved(contestants));
 * ```
 */
export async function withKeptInstances<T>(measure: () => Promise<T>): Promise<T> {
  const { default: PQueue } = await import('p-queue');
  const host = hostFrames();
  const runtime = createRuntime({ frames: host.frames });
  const table = runtime.table$.subscribe(() => undefined);
  const queue = new PQueue({ concurrency: Infinity });
  for (let i = 0; i < FINISHED; i++) {
    runtime.run(() => 1);
    void queue.add(() => 1);
  }
  for (let i = 0; i < 2; i++) {
    runtime.run(never);
    void queue.add(never);
  }
  while (host.tick());
  let result: T;
  try {
    result = await measure();
    // still reachable and unchanged here, so neither was collected while `measure` ran
    if (runtime.table$.value.length !== FINISHED + 2 || queue.pending !== 2) {
      throw new Error('bench: the kept instances changed');
    }
  } finally {
    table.unsubscribe();
    runtime.dispose();
    queue.clear();
  }
  return result;
}
