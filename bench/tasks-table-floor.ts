import type { TaskRow } from '../lib/tasks/task-row.js';
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
  const rows: TaskRow[] = Array.from({ length: count }, (_, i) => pendingRow(`floor-${i.toString(36)}`));
  let snapshot: readonly TaskRow[] = rows.slice();
  const rounds = Math.max(1, Math.ceil(EVENTS_PER_RUN / count));
  exposeGc()?.();
  const t0 = cpuMs();
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < count; i++) rows[i] = withProgress(rows[i] as TaskRow, i);
    snapshot = rows.slice();
  }
  const spent = (cpuMs() - t0) / rounds;
  if (snapshot[count - 1]?.progress !== count - 1) throw new Error('bench: table floor missed events');
  return (spent * 1e6) / count;
}

function pendingRow(id: string): TaskRow {
  return {
    id,
    status: 'pending',
    description: '',
    kind: 'frame',
    parentId: undefined,
    group: undefined,
    priority: 0,
    duration: 0,
    createdAt: performance.now(),
    startedAt: undefined,
    completedAt: undefined,
    error: undefined,
    info: undefined,
    progress: undefined,
    meta: undefined,
    timeout: undefined,
    cancelReason: undefined,
  };
}

/** A new row: `row` with another progress value (field by field, the cheapest copy). */
function withProgress(row: TaskRow, progress: unknown): TaskRow {
  return {
    id: row.id,
    status: row.status,
    description: row.description,
    kind: row.kind,
    parentId: row.parentId,
    group: row.group,
    priority: row.priority,
    duration: row.duration,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    completedAt: row.completedAt,
    error: row.error,
    info: row.info,
    progress,
    meta: row.meta,
    timeout: row.timeout,
    cancelReason: row.cancelReason,
  };
}
