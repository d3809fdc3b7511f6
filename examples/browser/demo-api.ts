import type { TaskRow } from '../../lib/index.js';
import type { FractalParams } from './fractal-job.js';
import type { FrameGaps, GapStats } from './frame-gaps.js';
import type { JobMode } from './controls.js';

/** What the page exposes on `window.__frametasksDemo` for tests and the devtools console. */
export interface DemoApi {
  readonly ready: true;
  readonly budgetMs: number;
  readonly params: FractalParams;
  /** Gap figures from the independent rAF loop since the last `resetGaps()`. */
  gapStats(): GapStats;
  resetGaps(): void;
  rows(): readonly TaskRow[];
  launch(mode: JobMode): string;
}

declare global {
  interface Window {
    __frametasksDemo?: DemoApi;
  }
}

/**
 * Publishes the demo's test hooks on `window.__frametasksDemo`.
 *
 * @example
 * ```ts
 * installDemoApi({ params, gaps, rows: () => rows, launch, budgetMs: 8 });
 * ```
 */
export function installDemoApi(parts: {
  params: FractalParams;
  gaps: FrameGaps;
  rows: () => readonly TaskRow[];
  launch: (mode: JobMode) => string;
  budgetMs: number;
}): void {
  window.__frametasksDemo = {
    ready: true,
    budgetMs: parts.budgetMs,
    params: parts.params,
    gapStats: () => parts.gaps.stats(),
    resetGaps: () => parts.gaps.reset(),
    rows: parts.rows,
    launch: parts.launch,
  };
}
