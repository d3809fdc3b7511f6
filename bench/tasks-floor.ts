import { cpuMs } from './tasks-lifecycle.js';

/** The frame budget of a runtime's scheduler by default: the floor's "frame" of starts. */
const FRAME_BUDGET_MS = 8;
const trivial = (): number => 1;

/** The least a task needs to be found by id, started once and keep its result. */
interface FloorRecord {
  readonly id: string;
  work: (() => unknown) | undefined;
  status: 'pending' | 'completed';
  value: unknown;
  row: FloorRow;
}

/** A table row with the same 17 fields as the library's `TaskRow` (written only while a draft). */
export interface FloorRow {
  readonly id: string;
  status: 'pending' | 'completed';
  readonly description: string;
  readonly kind: 'frame';
  readonly parentId: string | undefined;
  readonly group: string | undefined;
  readonly priority: number;
  duration: number;
  readonly createdAt: number;
  startedAt: number | undefined;
  completedAt: number | undefined;
  readonly error: undefined;
  readonly info: undefined;
  readonly progress: undefined;
  readonly meta: undefined;
  readonly timeout: undefined;
  readonly cancelReason: undefined;
}

/**
 * ns per task for `n` trivial tasks done by bare JavaScript doing the least the live
 * table's contract needs, measured like `oursNsPerTask` (process CPU time, one fresh run;
 * for {@link interleaved}): the floor under what any library keeping that table can cost.
 *
 * What it does per task, and nothing more:
 * - at submit: a string id (a prefix plus a base-36 sequence number), one record (id,
 *   work, status, result, row) and one row object with the table's 17 fields, its
 *   `createdAt` read from the clock; the record goes into an array that is both the
 *   queue and the index by id, the row into the rows array snapshots copy;
 * - at start, in submission order: `startedAt` read, the function called and its value
 *   kept on the record, `completedAt` read;
 * - a new (completed) row object only when a snapshot has already seen the pending row;
 *   a row no snapshot has seen is written in place (what the library's drafts do);
 * - one snapshot, a copy of the whole rows array, after each "frame" of starts: a frame
 *   ends once 8 ms (the scheduler's default budget) of starting have passed, checked
 *   with the completion time already read, so the floor reads no extra clock.
 *
 * Left out, because the contract does not need them for trivial tasks: priorities,
 * concurrency limits, cancellation, timeouts, events, progress, a frame scheduler.
 *
 * @example
 * ```ts
 * floorNsPerTask(100_000); // ~2,000 on the 2-core bench machine
 * ```
 */
export function floorNsPerTask(n: number): number {
  const prefix = `${Math.random().toString(36).slice(2, 8)}-`;
  const t0 = cpuMs();
  const records: FloorRecord[] = [];
  const rows: FloorRow[] = [];
  for (let seq = 0; seq < n; seq++) {
    const id = prefix + seq.toString(36);
    const row = floorRow(id, 'pending', performance.now(), undefined, undefined);
    records.push({ id, work: trivial, status: 'pending', value: undefined, row });
    rows.push(row);
  }
  let snapshot: readonly FloorRow[] = [];
  let seenUpTo = 0; // rows[0 .. seenUpTo) were made before the last snapshot
  let frameStart = performance.now();
  for (let i = 0; i < n; i++) {
    const record = records[i] as FloorRecord;
    const work = record.work as () => unknown;
    record.work = undefined;
    const startedAt = performance.now();
    record.value = work();
    record.status = 'completed';
    const completedAt = performance.now();
    const row = record.row;
    if (i < seenUpTo) rows[i] = record.row = floorRow(row.id, 'completed', row.createdAt, startedAt, completedAt);
    else finishDraft(row, startedAt, completedAt);
    if (completedAt - frameStart >= FRAME_BUDGET_MS || i === n - 1) {
      snapshot = rows.slice();
      seenUpTo = n;
      frameStart = completedAt;
    }
  }
  const spent = cpuMs() - t0;
  if (snapshot.length !== n || snapshot[n - 1]?.status !== 'completed') throw new Error('bench: floor missed tasks');
  return (spent * 1e6) / n;
}

/**
 * A floor's table row: the 17 fields of the library's `TaskRow`, nothing more.
 *
 * @example
 * ```ts
 * floorRow('id-0', 'pending', performance.now(), undefined, undefined);
 * ```
 */
export function floorRow(
  id: string,
  status: FloorRow['status'],
  createdAt: number,
  startedAt: number | undefined,
  completedAt: number | undefined,
): FloorRow {
  return {
    id,
    status,
    description: '',
    kind: 'frame',
    parentId: undefined,
    group: undefined,
    priority: 0,
    duration: completedAt === undefined || startedAt === undefined ? 0 : completedAt - startedAt,
    createdAt,
    startedAt,
    completedAt,
    error: undefined,
    info: undefined,
    progress: undefined,
    meta: undefined,
    timeout: undefined,
    cancelReason: undefined,
  };
}

/** A row no snapshot has seen yet is written in place. */
function finishDraft(row: FloorRow, startedAt: number, completedAt: number): void {
  row.status = 'completed';
  row.startedAt = startedAt;
  row.completedAt = completedAt;
  row.duration = completedAt - startedAt;
}
