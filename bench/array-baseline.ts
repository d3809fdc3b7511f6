import { medianMs } from './measure.js';

interface Job {
  readonly work: (state: number) => void;
  readonly state: number;
}

let sink = 0;
const work = (state: number): void => {
  sink += state;
};

/**
 * ns per item of the floor any queue pays: push `n` small job objects onto a bare array,
 * then drain it by index calling each job's function.
 *
 * @example
 * ```ts
 * const ns = await arrayNsPerAction(100_000);
 * ```
 */
export async function arrayNsPerAction(n: number): Promise<number> {
  const rounds = Math.max(1, Math.floor(200_000 / n));
  const ms = await medianMs(() => {
    for (let r = 0; r < rounds; r++) {
      const jobs: Job[] = [];
      for (let i = 0; i < n; i++) jobs.push({ work, state: i });
      for (let i = 0; i < jobs.length; i++) {
        const job = jobs[i] as Job;
        job.work(job.state);
      }
    }
  });
  if (sink === -1) console.log(sink);
  return (ms * 1e6) / (n * rounds);
}
