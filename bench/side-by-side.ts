/** One row of a side-by-side comparison: our figure, the peer's, and the target. */
export interface Comparison {
  readonly what: string;
  readonly ours: number;
  /** Min and max of our figure over the repetitions, when it was repeated. */
  readonly oursRange?: readonly [number, number];
  readonly peer?: number;
  /** Higher ratios are better; computed as peer ÷ ours when both exist. */
  readonly ratio?: number;
  /** Human-readable target, e.g. "≤ 150 ns". */
  readonly target: string;
  readonly met: boolean;
}

/**
 * The min and max recorded beside a metric (`metric.min`, `metric.max`), if any.
 *
 * @example
 * ```ts
 * spreadOfMetric(m, 'scheduler.nsPerAction.1k'); // [34.1, 39.8]
 * ```
 */
export function spreadOfMetric(m: Readonly<Record<string, number>>, key: string): [number, number] | undefined {
  const min = m[`${key}.min`];
  const max = m[`${key}.max`];
  return min === undefined || max === undefined ? undefined : [min, max];
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
      'ours min – max': r.oursRange ? `${show(r.oursRange[0])} – ${show(r.oursRange[1])}` : '',
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
