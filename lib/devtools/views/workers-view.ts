import type { DevtoolsContext } from '../devtools-context.js';
import { formatDuration } from '../view-model/format-progress.js';
import { summarizeWorkers, type WorkerFnSummary } from '../view-model/worker-summary.js';
import { factList, h } from '../panel/dom.js';

/**
 * The Workers view: the pool's size, live, busy and idle workers and queue (read from the
 * pool's public `size` and `stats`), standalone workers, and per worker function the
 * tasks waiting, running and finished with their mean time (from the table).
 *
 * @example
 * ```ts
 * const view = new WorkersView(ctx);
 * view.render();
 * ```
 */
export class WorkersView {
  readonly root = h('div', {
    class: 'workers',
    role: 'tabpanel',
    id: 'ftd-panel-workers',
    'aria-labelledby': 'ftd-tab-workers',
  });
  private shown = '';

  constructor(private readonly ctx: DevtoolsContext) {}

  render(): void {
    const { functions, standalone } = summarizeWorkers(this.ctx.rows);
    const pool = this.pool();
    const running = functions.reduce((n, f) => n + f.running, 0) - standalone;
    const figures = pool ? poolFigures(pool.size, pool.stats, running) : [];
    const key = JSON.stringify([figures, functions]);
    if (key === this.shown) return;
    this.shown = key;
    this.root.replaceChildren(
      pool
        ? factList(figures, 'figure', { class: 'figures', 'data-testid': 'devtools-pool' })
        : h('p', { class: 'muted' }, 'No worker tasks yet: the pool starts on first use.'),
      functionTable(functions),
    );
  }

  /**
   * Only looks: a runtime without workerPool() has no pool to show (its worker rows, if
   * any, come from createWorkers).
   */
  private pool() {
    if (!this.ctx.workersSeen || !this.ctx.runtime.hasWorkers) return undefined;
    try {
      return this.ctx.runtime.workers.pool;
    } catch {
      return undefined; // a disposed runtime's `workers` throws: its pool is gone
    }
  }
}

/** Busy counts the running pool tasks (a worker may hold several quick ones), at most the live workers. */
function poolFigures(
  size: number,
  stats: { readonly pool: number; readonly standalone: number; readonly queued: number },
  running: number,
): [string, string][] {
  const busy = Math.min(stats.pool, running);
  return [
    ['pool size', String(size)],
    ['live workers', String(stats.pool)],
    ['busy', String(busy)],
    ['idle', String(stats.pool - busy)],
    ['queued', String(stats.queued)],
    ['standalone', String(stats.standalone)],
  ];
}

function functionTable(functions: readonly WorkerFnSummary[]): HTMLTableElement {
  const head = ['function', 'waiting', 'running', 'finished', 'failed', 'mean'].map((c) =>
    h('th', { scope: 'col' }, c),
  );
  const row = (f: WorkerFnSummary) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, f.fn),
      ...[f.pending, f.running, f.finished, f.failed].map((n) => h('td', {}, String(n))),
      h('td', {}, f.meanMs === undefined ? '—' : formatDuration(f.meanMs)),
    );
  return h(
    'table',
    { 'data-testid': 'devtools-worker-functions' },
    h('caption', {}, 'Worker functions (tasks in the table)'),
    h('thead', {}, h('tr', {}, ...head)),
    h('tbody', {}, ...functions.map(row)),
  );
}
