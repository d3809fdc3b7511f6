import pc from 'picocolors';
import type { FrameStats, TaskRow, TaskStatus } from '../../lib/index.js';
import { treeOrder } from './tree-order.js';

const paint: Record<TaskStatus, (s: string) => string> = {
  pending: pc.gray,
  running: pc.cyan,
  completed: pc.green,
  failed: pc.red,
  cancelled: pc.yellow,
  timeout: pc.magenta,
};

/** The task table as lines: id, kind, status (coloured), description, progress, duration, error. */
export function renderRows(rows: readonly TaskRow[]): string[] {
  const header = pc.bold(
    `${'id'.padEnd(8)} ${'kind'.padEnd(7)} ${'status'.padEnd(10)} ${'description'.padEnd(36)} ${'progress'.padEnd(14)} ${'time'.padStart(8)}  error`,
  );
  const lines = treeOrder(rows).map(({ row, depth }) => {
    const description = `${'  '.repeat(depth)}${row.description}`.slice(0, 36).padEnd(36);
    const status = paint[row.status](row.status.padEnd(10));
    const error = row.error ? pc.red(`${row.error.name}: ${row.error.message}`.slice(0, 50)) : '';
    const time = `${(row.duration / 1000).toFixed(2)}s`.padStart(8);
    return `${row.id.slice(0, 8).padEnd(8)} ${row.kind.padEnd(7)} ${status} ${description} ${progressCell(row.progress)} ${time}  ${error}`;
  });
  return [header, ...lines];
}

function progressCell(progress: unknown): string {
  if (typeof progress === 'number' && progress >= 0 && progress <= 1) {
    const filled = Math.round(progress * 10);
    return `${pc.green('█'.repeat(filled))}${pc.gray('░'.repeat(10 - filled))} ${String(Math.round(progress * 100)).padStart(3)}%`.padEnd(
      14,
    );
  }
  const text = progress === undefined ? '' : (JSON.stringify(progress) ?? '');
  return text.slice(0, 14).padEnd(14);
}

/** One footer line of frame stats over the frames seen so far. */
export function renderFooter(stats: readonly FrameStats[], elapsedMs: number, budgetMs: number): string {
  const busy = stats.map((s) => s.busyMs);
  const mean = busy.reduce((a, b) => a + b, 0) / Math.max(1, busy.length);
  const worst = Math.max(0, ...busy);
  const fps = stats.length / Math.max(0.001, elapsedMs / 1000);
  return pc.dim(
    `frames ${stats.length}  fps ${fps.toFixed(1)}  busy ${mean.toFixed(2)} ms/frame  worst ${worst.toFixed(2)} ms  budget ${budgetMs} ms`,
  );
}
