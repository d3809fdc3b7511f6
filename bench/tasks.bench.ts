import { heapMBAfter } from './tasks-heap.js';
import { oursNsPerTask, pQueueNsPerTask } from './tasks-lifecycle.js';
import { tableNsPerEvent } from './tasks-table.js';

const N = 100_000;

/** Issue 3's benchmarks: task lifecycle vs p-queue, table cost per event, heap after 1M tasks. */
export default async function tasksBench(): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  // Interleaved, same process: ours, then p-queue, then both again with timeouts.
  m['tasks.nsPerTask.100k'] = oursNsPerTask(N, false);
  m['peer.pQueue.nsPerTask.100k'] = await pQueueNsPerTask(N, false);
  m['tasks.nsPerTask.100k.timeout'] = oursNsPerTask(N, true);
  m['peer.pQueue.nsPerTask.100k.timeout'] = await pQueueNsPerTask(N, true);
  m['tasks.vsPQueue'] = m['peer.pQueue.nsPerTask.100k'] / m['tasks.nsPerTask.100k'];
  m['tasks.vsPQueueTimeout'] = m['peer.pQueue.nsPerTask.100k.timeout'] / m['tasks.nsPerTask.100k.timeout'];
  m['table.nsPerEvent.10k'] = tableNsPerEvent(10_000);
  m['table.nsPerEvent.100k'] = tableNsPerEvent(100_000);
  m['table.growth'] = m['table.nsPerEvent.100k'] / m['table.nsPerEvent.10k'];
  m['tasks.heapMBAfter1M'] = heapMBAfter(1_000_000);
  console.table(Object.entries(m).map(([metric, value]) => ({ metric, value: Math.round(value * 100) / 100 })));
  return m;
}
