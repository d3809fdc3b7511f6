import { median } from './measure.js';

/** Repeated measurements of one figure: the median is the value, min and max its spread. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Every measurement, in the order taken (repetition i of each contestant lines up). */
  readonly samples: readonly number[];
}

/** One measurement of a contestant (e.g. ns per task over one run); may be async. */
export type Measure = () => number | Promise<number>;

/** How often {@link interleaved} measures. */
export interface InterleaveOptions {
  /** Measured rounds; at least 5 (fewer are raised to 5). Default 5. */
  readonly repetitions?: number;
  /** Unrecorded rounds first, so every contestant is warm (JIT, caches). Default 1. */
  readonly warmup?: number;
}

/**
 * Measures contestants interleaved, A B A B …: each round runs every contestant once,
 * in the order given, so a drift of the machine (a neighbour starting, thermal limits)
 * hits all of them alike and their ratios hold. Returns each one's {@link Spread}.
 *
 * @example
 * ```ts
 * const { ours, pQueue } = await interleaved({ ours: () => oursOnce(), pQueue: () => pQueueOnce() });
 * record(m, 'tasks.nsPerTask.100k', ours);
 * record(m, 'tasks.vsPQueue', ratio(pQueue, ours));
 * ```
 */
export async function interleaved<K extends string>(
  contestants: Readonly<Record<K, Measure>>,
  { repetitions = 5, warmup = 1 }: InterleaveOptions = {},
): Promise<Record<K, Spread>> {
  const names = Object.keys(contestants) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  const rounds = warmup + Math.max(5, repetitions);
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const value = await contestants[name]();
      if (round >= warmup) samples.get(name)?.push(value);
    }
  }
  return Object.fromEntries(names.map((name) => [name, spreadOf(samples.get(name) ?? [])])) as Record<K, Spread>;
}

/**
 * The spread of a list of measurements.
 *
 * @example
 * ```ts
 * spreadOf([3, 1, 2]); // { median: 2, min: 1, max: 3, samples: [3, 1, 2] }
 * ```
 */
export function spreadOf(samples: readonly number[]): Spread {
  return {
    median: median(samples),
    min: samples.length ? Math.min(...samples) : Number.NaN,
    max: samples.length ? Math.max(...samples) : Number.NaN,
    samples,
  };
}

/**
 * `top ÷ bottom` round by round (the pairs measured side by side), then their spread:
 * a ratio from interleaved rounds, not a ratio of two medians taken apart.
 *
 * @example
 * ```ts
 * const vsPeer = ratio(peer, ours); // > 1: ours is faster
 * ```
 */
export function ratio(top: Spread, bottom: Spread): Spread {
  const n = Math.min(top.samples.length, bottom.samples.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) ratios.push((top.samples[i] as number) / (bottom.samples[i] as number));
  return spreadOf(ratios);
}

/**
 * Writes a spread into a metrics record: `metric` (the median), `metric.min`, `metric.max`.
 *
 * @example
 * ```ts
 * record(m, 'table.nsPerEvent.100k', spread); // m['table.nsPerEvent.100k'], …min, …max
 * ```
 */
export function record(metrics: Record<string, number>, metric: string, spread: Spread): void {
  metrics[metric] = spread.median;
  metrics[`${metric}.min`] = spread.min;
  metrics[`${metric}.max`] = spread.max;
}
