import { interval, map, take } from 'rxjs';
import { later, type Runtime } from '../../lib/index.js';
import { fakeFetch } from './fake-fetch.js';
import { slicedSteps } from './frame-jobs.js';

const mesh = new URL('./mesh.worker.js', import.meta.url);

/** One batch of work arriving at `atMs` after the start. */
interface Wave {
  readonly atMs: number;
  readonly submit: (runtime: Runtime) => void;
}

const build = (runtime: Runtime, parts: number): void => {
  runtime.workers.run({ module: mesh, fn: 'build' }, [parts], { description: `worker: build mesh (${parts} parts)` });
};

const waves: readonly Wave[] = [
  {
    atMs: 2_000,
    submit: (runtime) => {
      runtime.run(() => slicedSteps(200, 1.5), { description: 'generator: 300 ms CPU, sliced' });
      build(runtime, 40);
    },
  },
  {
    atMs: 3_500,
    submit: (runtime) => {
      runtime.run((signal: AbortSignal) => fakeFetch(4_000, signal), {
        description: 'promise: upload',
        timeout: 1_500,
      });
      runtime.run((signal: AbortSignal) => fakeFetch(1_200, signal), { description: 'promise: fetch' });
    },
  },
  {
    atMs: 5_000,
    submit: (runtime) => {
      build(runtime, 50);
      build(runtime, 35);
      const s = runtime.scheduler;
      const poll = runtime.run(interval(200, s), { description: 'observable: poll, cancelled' });
      later(s, () => runtime.cancel(poll), { ms: 2_000 });
    },
  },
  {
    atMs: 7_000,
    submit: (runtime) => {
      const s = runtime.scheduler;
      const ticks = interval(100, s).pipe(
        take(20),
        map((i) => (i + 1) / 20),
      );
      runtime.run(ticks, { description: 'observable: 20 ticks' });
      runtime.run(() => slicedSteps(150, 1.5), { description: 'generator: 225 ms CPU, sliced' });
      build(runtime, 30);
    },
  },
];

/**
 * Submits work in waves over the first seven seconds (new tasks while others finish, a
 * cancel, a timeout, worker progress); `onLast` runs once the last wave is in.
 */
export function submitWaves(runtime: Runtime, onLast: () => void): void {
  for (const [i, wave] of waves.entries()) {
    later(
      runtime.scheduler,
      () => {
        wave.submit(runtime);
        if (i === waves.length - 1) onLast();
      },
      { ms: wave.atMs },
    );
  }
}
