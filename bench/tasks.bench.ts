import { interleaved, ratio, record, type Spread } from './interleaved.js';
import { withOwnGarbage } from './own-garbage.js';
import { floorNsPerTask } from './tasks-floor.js';
import { heapMBAfter } from './tasks-heap.js';
import { withKeptInstances } from './tasks-kept.js';
import { oursNsPerTask, pQueueNsPerTask } from './tasks-lifecycle.js';
import { tableFloorNsPerEvent } from './tasks-table-floor.js';
import { tableNsPerEvent } from './tasks-table.js';

const N = 100_000;
const REPETITIONS = 5;

/**
 * Issue 3's benchmarks: task lifecycle vs p-queue, table cost per event, heap after 1M
 * tasks. Ours and p-queue are measured interleaved (A B A B, one fresh run each, after a
 * warm-up round), and so are the two table sizes, so the ratios hold when the shared
 * machine drifts; each figure is the median of the rounds, with `.min` and `.max`. The
 * plain lifecycle also runs the floor (bare JavaScript keeping the same table, see
 * {@link floorNsPerTask}) in the same rounds: what no implementation of the contract can
 * go below on this machine, beside the `tasks.nsPerTask.100k` goal. The same floor for the
 * table ({@link tableFloorNsPerEvent}) runs its two sizes in rounds of its own, for `table.growth`.
 * In the lifecycle rounds every contestant starts on a collected heap and pays for
 * collecting its own garbage ({@link withOwnGarbage}): before that, one contestant's
 * leftovers were collected, and counted, in the next one's run. (The table rounds collect
 * the heap before their timed part and compare the store with itself.)
 */
export default async function tasksBench(): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  await lifecycle(m, '', false);
  await lifecycle(m, '.timeout', true);
  // the same plain rounds beside a kept instance of each contestant (context, not a goal):
  // after the cold rounds, so that nothing kept alive warms those
  await withKeptInstances(() => lifecycle(m, '.kept', false));
  await tableRounds(m, 'table', tableNsPerEvent);
  // Bare JavaScript keeping the same rows: how much of the growth is the garbage collector's.
  // Its own rounds, after ours: interleaved with ours, the 100k fresh rows per frame it
  // leaves behind were collected during our next round and counted as ours.
  await tableRounds(m, 'table.floor', tableFloorNsPerEvent);
  m['tasks.heapMBAfter1M'] = heapMBAfter(1_000_000);
  console.table(Object.entries(m).map(([metric, value]) => ({ metric, value: Math.round(value * 100) / 100 })));
  return m;
}

/** One table measure at 10k and 100k rows, interleaved: `PREFIX.nsPerEvent.10k`, `.100k`, `.growth`. */
async function tableRounds(
  m: Record<string, number>,
  prefix: string,
  nsPerEvent: (rows: number) => number,
): Promise<void> {
  const { small, large } = await interleaved(
    { small: () => nsPerEvent(10_000), large: () => nsPerEvent(100_000) },
    { repetitions: REPETITIONS },
  );
  record(m, `${prefix}.nsPerEvent.10k`, small);
  record(m, `${prefix}.nsPerEvent.100k`, large);
  record(m, `${prefix}.growth`, ratio(large, small));
}

/** The ratio's name for each variant's suffix (they predate the `.kept` rounds). */
const RATIO_SUFFIX = { '': '', '.timeout': 'Timeout', '.kept': '.kept' } as const;

/** Ours and p-queue on the same trivial tasks, interleaved; `suffix` names the variant. */
async function lifecycle(
  m: Record<string, number>,
  suffix: keyof typeof RATIO_SUFFIX,
  withTimeout: boolean,
): Promise<void> {
  const contestants = {
    ours: withOwnGarbage(() => oursNsPerTask(N, withTimeout), N),
    pQueue: withOwnGarbage(() => pQueueNsPerTask(N, withTimeout), N),
    // the floor has no timeouts: it stands beside the plain lifecycle only
    ...(suffix === '' ? { floor: withOwnGarbage(() => floorNsPerTask(N), N) } : {}),
  };
  const { ours, pQueue, floor } = await interleaved<string>(contestants, { repetitions: REPETITIONS });
  record(m, `tasks.nsPerTask.100k${suffix}`, ours as Spread);
  record(m, `peer.pQueue.nsPerTask.100k${suffix}`, pQueue as Spread);
  record(m, `tasks.vsPQueue${RATIO_SUFFIX[suffix]}`, ratio(pQueue as Spread, ours as Spread));
  if (floor !== undefined) {
    record(m, 'tasks.floor.nsPerTask.100k', floor);
    record(m, 'tasks.vsFloor', ratio(ours as Spread, floor));
  }
}
