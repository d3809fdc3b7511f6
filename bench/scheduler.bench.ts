import { asapScheduler, observeOn } from 'rxjs';
import { arrayNsPerAction } from './array-baseline.js';
import { budgetMetrics } from './budget-metrics.js';
import type { BusyWorkload } from './budget-pacing.js';
import { asyncDeliveryNsPerValue, frameDeliveryNsPerValue, type DeliveryFactory } from './burst-delivery.js';
import { frameSchedulerAcrossFrames, frameSchedulerNsPerAction } from './frame-scheduler-throughput.js';
import { observeOnFrames } from '../lib/operators/observe-on-frames.js';
import { asapNsPerAction, queueSelfRescheduleNs } from './rxjs-peers.js';
import { schedulerComparisons } from './scheduler-comparisons.js';
import { printComparisons } from './side-by-side.js';
import { interleaved, ratio, record } from './interleaved.js';
import { noop, selfUnsubscribe, type Work } from './work-items.js';

const deliver: DeliveryFactory = (scheduler) => observeOnFrames(scheduler);
const WORKLOAD: BusyWorkload = { items: 20_000, itemMs: 0.05 };

/** Issue 2's scheduler benchmarks: throughput vs RxJS peers, batched delivery, budget pacing. */
export default async function schedulerBench(): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  await throughput(m);
  await delivery(m);
  await pacing(m);
  printComparisons(schedulerComparisons(m));
  return m;
}

async function throughput(m: Record<string, number>): Promise<void> {
  m['baseline.arrayNsPerAction'] = await arrayNsPerAction(100_000);
  // Interleaved rounds (A B C D, A B C D, …): growth and every "vs" ratio pair figures
  // measured side by side in the same round.
  const backlog = await interleaved({
    ours1k: () => frameSchedulerNsPerAction(1_000),
    ours100k: () => frameSchedulerNsPerAction(100_000),
    asap100k: () => asapNsPerAction(100_000, { runs: 1, warmup: 0 }),
    queue: () => queueSelfRescheduleNs(100_000),
  });
  record(m, 'scheduler.nsPerAction.1k', backlog.ours1k);
  record(m, 'scheduler.nsPerAction.100k', backlog.ours100k);
  record(m, 'scheduler.backlogGrowth', ratio(backlog.ours100k, backlog.ours1k));
  record(m, 'peer.asap.nsPerAction.100k', backlog.asap100k);
  record(m, 'scheduler.vsAsap.100k', ratio(backlog.asap100k, backlog.ours100k));
  record(m, 'peer.queue.nsPerAction.selfReschedule', backlog.queue);
  record(m, 'scheduler.vsQueue', ratio(backlog.queue, backlog.ours100k));
  await versusAsap10k(m, '', noop);
  await versusAsap10k(m, '.selfUnsubscribe', selfUnsubscribe);
  const frames = await frameSchedulerAcrossFrames(100_000, 0.2);
  m['scheduler.nsPerAction.100k.overFrames'] = frames.nsPerAction;
  m['scheduler.overFrames.frames'] = frames.frames;
  m['scheduler.overFrames.lastVsFirst'] = frames.flatness;
}

/** At a 10k backlog, plain actions or actions that end themselves (as RxJS operators' do). */
async function versusAsap10k(m: Record<string, number>, suffix: string, work: Work): Promise<void> {
  const r = await interleaved({
    ours: () => frameSchedulerNsPerAction(10_000, work),
    peer: () => asapNsPerAction(10_000, { work }),
  });
  record(m, `scheduler.nsPerAction.10k${suffix}`, r.ours);
  record(m, `peer.asap.nsPerAction.10k${suffix}`, r.peer);
  record(m, `scheduler.vsAsap.10k${suffix}`, ratio(r.peer, r.ours));
}

async function delivery(m: Record<string, number>): Promise<void> {
  const ours = await interleaved({ ours: () => frameDeliveryNsPerValue(100_000, deliver) });
  record(m, 'delivery.nsPerValue.100k', ours.ours);
  // One run of the peer after a 5k warm-up: it takes ~13 s (observeOn(asap) is O(n²)), and
  // the ratio is thousands against a goal of 100, far beyond what drift could change.
  await asyncDeliveryNsPerValue(5_000, observeOn(asapScheduler), { runs: 1 });
  const peer = await asyncDeliveryNsPerValue(100_000, observeOn(asapScheduler));
  m['peer.observeOnAsap.nsPerValue.100k'] = peer;
  m['delivery.vsObserveOnAsap'] = peer / ours.ours.median;
}

async function pacing(m: Record<string, number>): Promise<void> {
  // Real frames measure wall time: budgetMetrics records how loaded the machine was.
  Object.assign(m, await budgetMetrics(WORKLOAD));
}
