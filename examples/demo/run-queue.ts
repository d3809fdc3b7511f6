import { readFileSync } from 'node:fs';

const SCHEDSTAT = '/proc/thread-self/schedstat';

/**
 * Ms this thread has spent runnable but waiting for a CPU since it started (Linux's
 * schedstat `run_delay`: other processes had the cores), or undefined where the kernel
 * does not say. Read it before and after a frame to see how much of its busy time was
 * preemption rather than the frame's own work (a VM's steal time is not in it).
 */
export function runQueueMs(): number | undefined {
  try {
    const waitedNs = Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[1]);
    return Number.isFinite(waitedNs) ? waitedNs / 1e6 : undefined;
  } catch {
    return undefined;
  }
}
