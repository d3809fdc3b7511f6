import { readFileSync } from 'node:fs';

/**
 * CPU time the main thread has used so far, in µs, from Linux's per-thread scheduler
 * statistics (`/proc/self/task/<pid>/schedstat`, nanoseconds on a CPU); NaN elsewhere.
 * Unlike wall time it does not grow when other processes take the cores, so it shows
 * what the main thread itself spent on a run even on a loaded machine.
 *
 * @example
 * ```ts
 * const t0 = mainThreadCpuUs();
 * await run();
 * const spent = mainThreadCpuUs() - t0;
 * ```
 */
export function mainThreadCpuUs(): number {
  try {
    const [onCpuNs] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ');
    return Number(onCpuNs) / 1000;
  } catch {
    return Number.NaN;
  }
}
