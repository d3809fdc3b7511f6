import type { FrameStats } from '../../scheduler/frame-stats.js';
import type { DevtoolsContext } from '../devtools-context.js';
import { summarizeFrames } from '../frame-history.js';
import { h, setText } from '../panel/dom.js';

const COLORS = { gap: '#4a5670', busy: '#38d39f', over: '#ff5d73', budget: '#ffd166' };
const MAX_MS = 100;

/**
 * The Frames view: per frame of the last few hundred, the scheduler's busy ms (green,
 * red when over budget) over the ms since the previous frame (grey), against the budget line, with fps, the worst frame, overruns and actions run / deferred.
 *
 * @example
 * ```ts
 * const view = new FramesView(ctx);
 * view.render();
 * ```
 */
export class FramesView {
  readonly root = h('div', {
    class: 'frames',
    role: 'tabpanel',
    id: 'ftd-panel-frames',
    'aria-labelledby': 'ftd-tab-frames',
  });
  private readonly canvas = h('canvas', {
    height: 160,
    role: 'img',
    'aria-label':
      'Per frame: ms since the previous frame (grey) and scheduler busy ms (green, red past the budget) against the budget line',
    'data-testid': 'devtools-frame-graph',
  });
  private readonly figures = h('dl', { class: 'figures', 'data-testid': 'devtools-frame-figures' });

  constructor(private readonly ctx: DevtoolsContext) {
    this.root.append(this.canvas, this.figures);
  }

  render(): void {
    const frames = this.ctx.history.frames();
    const s = summarizeFrames(frames);
    const budget = this.ctx.runtime.scheduler.budgetMs;
    const rows: [string, string][] = [
      ['fps', s.fps.toFixed(1)],
      ['budget', `${budget} ms`],
      ['worst frame', `${s.worstBusyMs.toFixed(2)} ms`],
      ['overruns', String(s.overruns)],
      ['actions run', String(s.actionsRun)],
      ['actions deferred', String(s.actionsDeferred)],
      ['frames', `${frames.length} (last #${frames.at(-1)?.index ?? '—'})`],
    ];
    if (this.figures.childElementCount !== rows.length * 2) {
      this.figures.replaceChildren(...rows.flatMap(([k]) => [h('dt', {}, k), h('dd', { 'data-figure': k })]));
    }
    rows.forEach(([, v], i) => setText(this.figures.children[i * 2 + 1] as HTMLElement, v));
    this.draw(frames, budget);
  }

  private draw(frames: readonly FrameStats[], budget: number): void {
    const { canvas } = this;
    const width = Math.max(200, Math.floor(this.root.clientWidth || 600));
    if (canvas.width !== width) canvas.width = width;
    const g = canvas.getContext('2d');
    if (!g) return;
    const { height } = canvas;
    // a square-root scale: a 0.2 ms frame and a 100 ms one both stay readable
    const y = (ms: number) => height - Math.sqrt(Math.min(ms, MAX_MS) / MAX_MS) * (height - 6);
    g.clearRect(0, 0, width, height);
    const w = width / Math.max(frames.length, this.ctx.history.capacity);
    const bar = (i: number, ms: number, color: string) => {
      const t = y(ms);
      g.fillStyle = color;
      g.fillRect(i * w, t, Math.max(1, w - 0.5), height - t);
    };
    frames.forEach((f, i) => {
      bar(i, f.delta, COLORS.gap);
      bar(i, f.busyMs, f.overrunMs > 0 ? COLORS.over : COLORS.busy);
    });
    g.strokeStyle = COLORS.budget;
    g.setLineDash([4, 4]);
    g.beginPath();
    g.moveTo(0, y(budget));
    g.lineTo(width, y(budget));
    g.stroke();
    g.setLineDash([]);
    g.fillStyle = COLORS.budget;
    g.font = '11px system-ui, sans-serif';
    g.fillText(`budget ${budget} ms`, 4, y(budget) - 4);
  }
}
