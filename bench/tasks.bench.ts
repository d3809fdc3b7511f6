import { interleaved, ratio, record } from './interleaved.js';
import { heapMBAfter } from './tasks-heap.js';
import { oursNsPerTask, pQueueNsPerTask } from './tasks-lifecycle.js';
import { tableNsPerEvent } from './tasks-table.js';

const N = 100_000;
const REPETITIONS = 5;

/**
 * Issue 3's benchmarks: task lifecycle vs p-queue, table cost per event, heap after 1M
 * tasks. Ours and p-queue are measured interleaved (A B A B, one fresh run each, after a
 * warm-up round), and so are the two table sizes, so the ratios hold when the shared
 * machine drifts; each figure is the median of the rounds, with `.min` and `.max`.
 */
export default async function tasksBench(): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  await lifecycle(m, '', false);
  await lifecycle(m, '.timeout', true);
  const table = await interleaved(
    { small: () => tableNsPerEvent(10_000), large: () => tableNsPerEvent(100_000) },
    { repetitions: REPETITIONS },
  );
  record(m, 'table.nsPerEvent.10k', table.small);
  record(m, 'table.nsPerEvent.100k', table.large);
  record(m, 'table.growth', ratio(table.large, table.small));
  m['tasks.heapMBAfter1M'] = heapMBAfter(1_000_000);
  console.table(Object.entries(m).map(([metric, value]) => ({ metric, value: Math.round(value * 100) / 100 })));
  return m;
}

/** Ours and p-queue on the same trivial tasks, interleaved; `suffix` names the variant. */
async function lifecycle(m: Record<string, number>, suffix: string, withTimeout: boolean): Promise<void> {
  const { ours, pQueue } = await interleaved(
    { ours: () => oursNsPerTask(N, withTimeout), pQueue: () => pQueueNsPerTask(N, withTimeout) },
    { repetitions: REPETITIONS },
  );
  record(m, `tasks.nsPerTask.100k${suffix}`, ours);
  record(m, `peer.pQueue.nsPerTask.100k${suffix}`, pQueue);
  record(m, suffix === '' ? 'tasks.vsPQueue' : 'tasks.vsPQueueTimeout', ratio(pQueue, ours));
}
