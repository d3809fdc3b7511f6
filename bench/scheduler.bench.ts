import { asapScheduler, observeOn } from 'rxjs';
import { arrayNsPerAction } from './array-baseline.js';
import { budgetMetrics, type BusyWorkload } from './budget-pacing.js';
import { asyncDeliveryNsPerValue, frameDeliveryNsPerValue, type DeliveryFactory } from './burst-delivery.js';
import { frameSchedulerAcrossFrames, frameSchedulerNsPerAction } from './frame-scheduler-throughput.js';
import { observeOnFrames } from '../lib/operators/observe-on-frames.js';
import { asapNsPerAction, queueSelfRescheduleNs } from './rxjs-peers.js';
import { schedulerComparisons } from './scheduler-comparisons.js';
import { printComparisons } from './side-by-side.js';
import { selfUnsubscribe } from './work-items.js';

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
  m['scheduler.nsPerAction.1k'] = await frameSchedulerNsPerAction(1_000);
  m['scheduler.nsPerAction.10k'] = await frameSchedulerNsPerAction(10_000);
  m['scheduler.nsPerAction.100k'] = await frameSchedulerNsPerAction(100_000);
  m['scheduler.backlogGrowth'] = m['scheduler.nsPerAction.100k'] / m['scheduler.nsPerAction.1k'];
  const frames = await frameSchedulerAcrossFrames(100_000, 0.2);
  m['scheduler.nsPerAction.100k.overFrames'] = frames.nsPerAction;
  m['scheduler.overFrames.frames'] = frames.frames;
  m['scheduler.overFrames.lastVsFirst'] = frames.flatness;
  m['peer.asap.nsPerAction.10k'] = await asapNsPerAction(10_000);
  m['peer.asap.nsPerAction.100k'] = await asapNsPerAction(100_000, { runs: 3, warmup: 1 });
  m['scheduler.vsAsap.10k'] = m['peer.asap.nsPerAction.10k'] / m['scheduler.nsPerAction.10k'];
  m['scheduler.vsAsap.100k'] = m['peer.asap.nsPerAction.100k'] / m['scheduler.nsPerAction.100k'];
  await selfUnsubscribing(m);
  m['peer.queue.nsPerAction.selfReschedule'] = await queueSelfRescheduleNs(100_000);
  m['scheduler.vsQueue'] = m['peer.queue.nsPerAction.selfReschedule'] / m['scheduler.nsPerAction.100k'];
}

/** Actions that end themselves, as RxJS operators' actions do: asap then scans its queue. */
async function selfUnsubscribing(m: Record<string, number>): Promise<void> {
  m['scheduler.nsPerAction.10k.selfUnsubscribe'] = await frameSchedulerNsPerAction(10_000, selfUnsubscribe);
  m['peer.asap.nsPerAction.10k.selfUnsubscribe'] = await asapNsPerAction(10_000, { work: selfUnsubscribe });
  m['scheduler.vsAsap.10k.selfUnsubscribe'] =
    m['peer.asap.nsPerAction.10k.selfUnsubscribe'] / m['scheduler.nsPerAction.10k.selfUnsubscribe'];
}

async function delivery(m: Record<string, number>): Promise<void> {
  m['delivery.nsPerValue.100k'] = await frameDeliveryNsPerValue(100_000, deliver);
  await asyncDeliveryNsPerValue(5_000, observeOn(asapScheduler), { runs: 1 });
  m['peer.observeOnAsap.nsPerValue.100k'] = await asyncDeliveryNsPerValue(100_000, observeOn(asapScheduler));
  m['delivery.vsObserveOnAsap'] = m['peer.observeOnAsap.nsPerValue.100k'] / m['delivery.nsPerValue.100k'];
}

async function pacing(m: Record<string, number>): Promise<void> {
  // Real frames measure wall time: budgetMetrics records how loaded the machine was.
  Object.assign(m, await budgetMetrics(WORKLOAD));
}
