import { interleaved, ratio, record } from './interleaved.js';
import { heapMBAfter } from './tasks-heap.js';
import { oursNsPerTask, pQueueNsPerTask } from './tasks-lifecycle.js';
import { tableNsPerEvent } from './tasks-table.js';

const N = 100_000;

/**
 * Issue 3's benchmarks: task lifecycle vs p-queue, table cost per event, heap after 1M
 * tasks. Ours and the peer run interleaved (A B A B …, 5 measured rounds), so each ratio
 * is taken round by round and holds when the shared machine drifts.
 */
export default async function tasksBench(): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  const plain = await interleaved({ ours: () => oursNsPerTask(N, false), peer: () => pQueueNsPerTask(N, false) });
  record(m, 'tasks.nsPerTask.100k', plain.ours);
  record(m, 'peer.pQueue.nsPerTask.100k', plain.peer);
  record(m, 'tasks.vsPQueue', ratio(plain.peer, plain.ours));
  const timed = await interleaved({ ours: () => oursNsPerTask(N, true), peer: () => pQueueNsPerTask(N, true) });
  record(m, 'tasks.nsPerTask.100k.timeout', timed.ours);
  record(m, 'peer.pQueue.nsPerTask.100k.timeout', timed.peer);
  record(m, 'tasks.vsPQueueTimeout', ratio(timed.peer, timed.ours));
  const table = await interleaved({ small: () => tableNsPerEvent(10_000), large: () => tableNsPerEvent(100_000) });
  record(m, 'table.nsPerEvent.10k', table.small);
  record(m, 'table.nsPerEvent.100k', table.large);
  record(m, 'table.growth', ratio(table.large, table.small));
  m['tasks.heapMBAfter1M'] = heapMBAfter(1_000_000);
  console.table(Object.entries(m).map(([metric, value]) => ({ metric, value: Math.round(value * 100) / 100 })));
  return m;
}
