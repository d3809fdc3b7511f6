import { spreadOfMetric, type Comparison } from './side-by-side.js';

type Metrics = Readonly<Record<string, number>>;

/**
 * The side-by-side rows of the scheduler benchmarks: each required metric with its
 * target from issue 2, and the context figures next to them.
 *
 * @example
 * ```ts
 * printComparisons(schedulerComparisons(metrics));
 * ```
 */
export function schedulerComparisons(m: Metrics): Comparison[] {
  const get = (k: string): number => m[k] ?? Number.NaN;
  const atMost = (what: string, k: string, max: number): Comparison => {
    return { what, ours: get(k), oursRange: spreadOfMetric(m, k), target: `≤ ${max}`, met: get(k) <= max };
  };
  const context = (what: string, k: string): Comparison => ({ what, ours: get(k), target: 'context', met: true });
  const versus = (what: string, ours: string, peer: string, ratio: string, minRatio?: number): Comparison => ({
    what,
    ours: get(ours),
    oursRange: spreadOfMetric(m, ours),
    peer: get(peer),
    ratio: get(ratio),
    target: minRatio === undefined ? 'context' : `ratio ≥ ${minRatio}`,
    met: minRatio === undefined || get(ratio) >= minRatio,
  });
  const delivery = versus(
    'ns/value, 100k burst vs observeOn(asap)',
    'delivery.nsPerValue.100k',
    'peer.observeOnAsap.nsPerValue.100k',
    'delivery.vsObserveOnAsap',
    100,
  );
  return [
    context('ns/action, array push+drain (floor)', 'baseline.arrayNsPerAction'),
    atMost('ns/action, 1k backlog', 'scheduler.nsPerAction.1k', 150),
    atMost('ns/action, 100k backlog', 'scheduler.nsPerAction.100k', 150),
    atMost('growth 100k ÷ 1k', 'scheduler.backlogGrowth', 1.3),
    atMost('over frames: last ÷ first', 'scheduler.overFrames.lastVsFirst', 1.3),
    versus(
      'ns/action at 10k vs asapScheduler',
      'scheduler.nsPerAction.10k',
      'peer.asap.nsPerAction.10k',
      'scheduler.vsAsap.10k',
      8,
    ),
    versus(
      'ns/action at 100k vs asapScheduler',
      'scheduler.nsPerAction.100k',
      'peer.asap.nsPerAction.100k',
      'scheduler.vsAsap.100k',
    ),
    versus(
      'ns/action vs queueScheduler self-resched.',
      'scheduler.nsPerAction.100k',
      'peer.queue.nsPerAction.selfReschedule',
      'scheduler.vsQueue',
    ),
    { ...delivery, target: '≤ 200 ns, ratio ≥ 100', met: delivery.met && get('delivery.nsPerValue.100k') <= 200 },
    atMost('busy ms/frame p99 (8 ms budget)', 'budget.p99BusyMs', 8.2),
    context('busy ms/frame max', 'budget.maxBusyMs'),
    context('CPU ms/frame p99 (preemption excluded)', 'budget.p99CpuMs'),
    context('max items/frame × 0.05 ms (work let in)', 'budget.maxNominalWorkMs'),
    atMost('completion ÷ frame-paced best', 'budget.completionRatio', 1.03),
    context('load average (1 min) during the run', 'env.loadAvg1m'),
    context('busy ms, unbudgeted single frame', 'budget.unbudgetedBusyMs'),
  ];
}
