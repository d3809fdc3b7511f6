import type { FrametasksDevtools } from '../../lib/devtools/index.js';
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
  /** Submits `count` tasks, `running` of them long-running with live progress (the 10,000-row check). */
  flood(count: number, running: number): string[];
  cancelActive(): number;
  /** Whether anything subscribes to `table$` (a closed panel must not). */
  tableObserved(): boolean;
  /** Whether the scheduler holds its frame source. */
  framesActive(): boolean;
  /** The two devtools panels. */
  readonly panels: { readonly inline: FrametasksDevtools; readonly floating: FrametasksDevtools };
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
 * installDemoApi({ params, gaps, rows, launch, budgetMs: 8, flood, cancelActive, panels, tableObserved, framesActive });
 * ```
 */
export function installDemoApi(
  parts: Pick<
    DemoApi,
    'params' | 'rows' | 'launch' | 'budgetMs' | 'flood' | 'cancelActive' | 'panels' | 'tableObserved' | 'framesActive'
  > & {
    gaps: FrameGaps;
  },
): void {
  const { gaps, ...rest } = parts;
  window.__frametasksDemo = { ready: true, ...rest, gapStats: () => gaps.stats(), resetGaps: () => gaps.reset() };
}
