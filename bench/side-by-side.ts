/** One row of a side-by-side comparison: our figure, the peer's, and the target. */
export interface Comparison {
  readonly what: string;
  readonly ours: number;
  readonly peer?: number;
  /** Higher ratios are better; computed as peer ÷ ours when both exist. */
  readonly ratio?: number;
  /** Human-readable target, e.g. "≤ 150 ns". */
  readonly target: string;
  readonly met: boolean;
}

/**
 * Prints comparisons as a readable table (figures rounded for the eye, not for results.json).
 *
 * @example
 * ```ts
 * printComparisons([{ what: 'ns/action 1k', ours: 80, target: '≤ 150', met: true }]);
 * ```
 */
export function printComparisons(rows: readonly Comparison[]): void {
  console.table(
    rows.map((r) => ({
      what: r.what,
      ours: show(r.ours),
      peer: r.peer === undefined ? '' : show(r.peer),
      ratio: r.ratio === undefined ? '' : `${show(r.ratio)}×`,
      target: r.target,
      met: r.met ? 'yes' : 'NO',
    })),
  );
}

function show(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString('en-US');
  return (Math.round(n * 100) / 100).toString();
}
