import type { TaskRow } from '../../tasks/task-row.js';

/**
 * Worker tasks of one worker function, from the table: how many wait, run, finished (of which failed or timed out),
 * and the mean ms of the finished ones (undefined before any finished).
 *
 * @example
 * ```ts
 * const s: WorkerFnSummary = { fn: 'render', running: 1, pending: 0, finished: 3, failed: 0, meanMs: 310 };
 * ```
 */
export interface WorkerFnSummary {
  readonly fn: string;
  readonly pending: number;
  readonly running: number;
  readonly finished: number;
  readonly failed: number;
  readonly meanMs: number | undefined;
}

/**
 * Per-function summaries of the worker rows in `rows` (by `meta.worker`, the function
 * name the runtime's workers record), sorted by name; `standalone` counts the running
 * rows of standalone workers.
 *
 * @example
 * ```ts
 * summarizeWorkers(runtime.table$.value).functions[0]?.meanMs;
 * ```
 */
export function summarizeWorkers(rows: readonly TaskRow[]): {
  readonly functions: WorkerFnSummary[];
  readonly standalone: number;
} {
  const by = new Map<string, { pending: number; running: number; finished: number; failed: number; ms: number }>();
  let standalone = 0;
  for (const row of rows) {
    if (row.kind !== 'worker') continue;
    const fn = typeof row.meta?.['worker'] === 'string' ? row.meta['worker'] : '(unknown)';
    let s = by.get(fn);
    if (!s) by.set(fn, (s = { pending: 0, running: 0, finished: 0, failed: 0, ms: 0 }));
    if (row.status === 'pending') s.pending++;
    else if (row.status === 'running') {
      s.running++;
      if (row.meta?.['standalone'] === true) standalone++;
    } else {
      s.finished++;
      s.ms += row.duration;
      if (row.status === 'failed' || row.status === 'timeout') s.failed++;
    }
  }
  const functions = [...by.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([fn, s]) => ({
      fn,
      pending: s.pending,
      running: s.running,
      finished: s.finished,
      failed: s.failed,
      meanMs: s.finished ? s.ms / s.finished : undefined,
    }));
  return { functions, standalone };
}
