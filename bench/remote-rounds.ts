import { spreadOf, type Measure, type Spread } from './interleaved.js';

/** How {@link alternatedRounds} measures. */
export interface AlternatedOptions {
  /** Measured rounds (each runs every contestant once). */
  readonly rounds: number;
  /** Unrecorded rounds first, so every contestant is warm. Default 1. */
  readonly warmup?: number;
  /** Runs after every measurement, untimed (e.g. empties Redis so each run starts alike). */
  readonly between?: () => Promise<void>;
}

/**
 * Like `interleaved()` (each round runs every contestant once, so a drift of the machine
 * hits them alike and round i of each lines up for `ratio()`), but the order flips every
 * round (A B, B A, A B …): whatever one run leaves behind for the next (garbage to
 * collect, a warmer Redis) then falls on each contestant as often, instead of always on
 * the second one.
 *
 * @example
 * ```ts
 * const t = await alternatedRounds({ ours: () => oursOnce(), bare: () => bareOnce() }, { rounds: 16 });
 * record(m, 'remote.vsBullmq', ratio(t.ours, t.bare));
 * ```
 */
export async function alternatedRounds<K extends string>(
  contestants: Readonly<Record<K, Measure>>,
  { rounds, warmup = 1, between }: AlternatedOptions,
): Promise<Record<K, Spread>> {
  const names = Object.keys(contestants) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const value = await contestants[name]();
      await between?.();
      if (round >= warmup) samples.get(name)?.push(value);
    }
  }
  return Object.fromEntries(names.map((name) => [name, spreadOf(samples.get(name) ?? [])])) as Record<K, Spread>;
}
