import type { FrameSample } from './frame-gaps.js';

const MAX_MS = 120;

/** Colours of the graph, shared with the legend in index.html. */
const COLORS = { gap: '#5b6b8c', jank: '#ff5d73', busy: '#38d39f', budget: '#ffd166', frame: '#8892a6' };

/**
 * Draws the last samples as bars: the gap between animation frames (grey, red past 50 ms)
 * with the scheduler's busy ms in that frame on top (green), against the budget line and
 * the 16.7 ms line of a 60 Hz display.
 *
 * @example
 * ```ts
 * drawFrameGraph(canvas, gaps.samples, 8);
 * ```
 */
export function drawFrameGraph(canvas: HTMLCanvasElement, samples: readonly FrameSample[], budgetMs: number): void {
  const g = canvas.getContext('2d');
  if (!g) return;
  const { width, height } = canvas;
  const y = (ms: number): number => height - (Math.min(ms, MAX_MS) / MAX_MS) * (height - 4);
  g.clearRect(0, 0, width, height);
  const barW = width / Math.max(samples.length, 300);
  samples.forEach((s, i) => {
    const x = i * barW;
    const jank = s.gapMs > 50;
    bar(g, x, barW, y(s.gapMs), height, jank ? COLORS.jank : COLORS.gap);
    // A janky frame stays red even when the scheduler itself was the one busy in it.
    if (s.busyMs > 0 && !jank) bar(g, x, barW, y(s.busyMs), height, COLORS.busy);
  });
  line(g, width, y(1000 / 60), COLORS.frame, '16.7 ms');
  line(g, width, y(budgetMs), COLORS.budget, `budget ${budgetMs} ms`);
  line(g, width, y(50), COLORS.jank, '50 ms');
  line(g, width, y(100), COLORS.jank, '100 ms');
}

function bar(g: CanvasRenderingContext2D, x: number, w: number, top: number, bottom: number, color: string): void {
  g.fillStyle = color;
  g.fillRect(x, top, Math.max(1, w - 0.5), bottom - top);
}

function line(g: CanvasRenderingContext2D, width: number, y: number, color: string, label: string): void {
  g.strokeStyle = color;
  g.setLineDash([4, 4]);
  g.beginPath();
  g.moveTo(0, y);
  g.lineTo(width, y);
  g.stroke();
  g.setLineDash([]);
  g.font = '11px system-ui, sans-serif';
  const w = g.measureText(label).width;
  g.fillStyle = 'rgba(11, 14, 21, 0.85)';
  g.fillRect(width - w - 8, y - 14, w + 8, 12);
  g.fillStyle = color;
  g.fillText(label, width - w - 4, y - 4);
}
