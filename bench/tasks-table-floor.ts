import { copyRow } from '../lib/tasks/store/copy-row.js';
import type { TaskRow } from '../lib/tasks/task-row.js';
import { floorRow } from './tasks-floor.js';
import { exposeGc } from './tasks-heap.js';
import { cpuMs } from './tasks-lifecycle.js';

const EVENTS_PER_RUN = 200_000;

/**
 * ns per event of bare JavaScript doing what `tableNsPerEvent` asks of the live table,
 * and nothing more, measured the same way (process CPU time, the same 200k events, a full
 * GC first; one measurement, for `interleaved`): `rows` rows that a snapshot has seen,
 * then frames in which every row gets a new progress value, which takes a new row object
 * (a snapshot's rows never change) written into the rows array, and one snapshot per
 * frame, a copy of the rows array. No lookups by id, no events, no running list. What
 * it shows is how per-event cost grows with the rows alive when no bookkeeping dilutes the
 * garbage collector's share: 100k fresh rows per frame outgrow V8's young generation,
 * 10k do not.
 *
 * @example
 * ```ts
 * tableFloorNsPerEvent(100_000);
 * ```
 */
export function tableFloorNsPerEvent(count: number): number {
  const rows: TaskRow[] = Array.from({ length: count }, (_, i) =>
    floorRow(`floor-${i.toString(36)}`, 'pending', performance.now(), undefined, undefined),
  );
  let snapshot: readonly TaskRow[] = rows.slice();
  const rounds = Math.max(1, Math.ceil(EVENTS_PER_RUN / count));
  exposeGc()?.();
  const t0 = cpuMs();
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < count; i++) {
      // a new row with another progress value: the library's field-by-field copy, the cheapest
      const row = copyRow(rows[i] as TaskRow);
      row.progress = i;
      rows[i] = row;
    }
    snapshot = rows.slice();
  }
  const spent = (cpuMs() - t0) / rounds;
  if (snapshot[count - 1]?.progress !== count - 1) throw new Error('bench: table floor missed events');
  return (spent * 1e6) / count;
}
