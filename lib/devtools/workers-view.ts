import type { DevtoolsContext } from './devtools-context.js';
import { formatDuration } from './view-model/format-progress.js';
import { summarizeWorkers } from './view-model/worker-summary.js';
import { h } from './dom.js';

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
    const pool = this.ctx.workersSeen ? this.ctx.runtime.workers.pool : undefined;
    const stats = pool?.stats;
    const busy = functions.reduce((n, f) => n + f.running, 0) - standalone;
    const figures: [string, string][] = stats
      ? [
          ['pool size', String(pool!.size)],
          ['live workers', String(stats.pool)],
          ['busy', String(Math.min(stats.pool, busy))],
          ['idle', String(Math.max(0, stats.pool - busy))],
          ['queued', String(stats.queued)],
          ['standalone', String(stats.standalone)],
        ]
      : [];
    const key = JSON.stringify([figures, functions]);
    if (key === this.shown) return;
    this.shown = key;
    const table = h(
      'table',
      { 'data-testid': 'devtools-worker-functions' },
      h('caption', {}, 'Worker functions (tasks in the table)'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['function', 'waiting', 'running', 'finished', 'failed', 'mean'].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        ...functions.map((f) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, f.fn),
            ...[f.pending, f.running, f.finished, f.failed].map((n) => h('td', {}, String(n))),
            h('td', {}, f.meanMs === undefined ? '—' : formatDuration(f.meanMs)),
          ),
        ),
      ),
    );
    this.root.replaceChildren(
      stats
        ? h(
            'dl',
            { class: 'figures', 'data-testid': 'devtools-pool' },
            ...figures.flatMap(([k, v]) => [h('dt', {}, k), h('dd', { 'data-figure': k }, v)]),
          )
        : h('p', { class: 'muted' }, 'No worker tasks yet: the pool starts on first use.'),
      table,
    );
  }
}
