// The metrics the generated tables show, with the goals of the issues that added them, and
// how figures and goals are written. Shared by the latest-run table and the two-runs table.

/** [area, metric, what it measures, goal] — goal `['<=' | '>=', n]` or undefined (context). */
export const ROWS = [
  ['scheduler', 'scheduler.nsPerAction.1k', 'ns per action, 1k backlog', ['<=', 150]],
  ['scheduler', 'scheduler.nsPerAction.100k', 'ns per action, 100k backlog', ['<=', 150]],
  ['scheduler', 'scheduler.backlogGrowth', 'backlog growth (100k ÷ 1k)', ['<=', 1.3]],
  ['scheduler', 'scheduler.vsAsap.10k', '× faster than asapScheduler at 10k, plain actions', ['>=', 8]],
  ['scheduler', 'scheduler.vsAsap.10k.selfUnsubscribe', '× faster at 10k, operator-style actions', ['>=', 8]],
  ['scheduler', 'scheduler.vsAsap.100k', '× faster than asapScheduler at 100k', undefined],
  ['delivery', 'delivery.nsPerValue.100k', 'observeOnFrames, ns per value (100k burst)', ['<=', 200]],
  ['delivery', 'delivery.vsObserveOnAsap', '× faster than observeOn(asapScheduler)', ['>=', 100]],
  ['budget', 'budget.p99BusyMs', 'busy ms per frame, p99 (8 ms budget)', ['<=', 8.2]],
  ['budget', 'budget.maxBusyMs', 'busy ms per frame, max', undefined],
  ['budget', 'budget.p99NominalBusyMs', 'ms per frame the library let in or spent itself, p99', undefined],
  ['budget', 'budget.p99PreemptedMs', 'busy ms per frame spent off the CPU (preempted), p99', undefined],
  ['budget', 'budget.p99MainCpuMs', "main thread's own CPU ms per frame, p99", undefined],
  ['budget', 'budget.p99GcMs', "main thread's GC pauses inside a frame (ms), p99", undefined],
  ['budget', 'budget.completionRatio', 'completion ÷ frame-paced best', ['<=', 1.03]],
  ['tasks', 'tasks.nsPerTask.100k', 'ns per task, 100k trivial tasks, table subscribed', ['<=', 1500]],
  ['tasks', 'tasks.vsPQueue', '× faster than p-queue', ['>=', 3]],
  ['tasks', 'tasks.floor.nsPerTask.100k', 'ns per task: bare JavaScript keeping the same table (the floor)', undefined],
  ['tasks', 'tasks.vsFloor', 'ours ÷ the floor, per task', undefined],
  ['tasks', 'tasks.vsPQueueTimeout', '× faster than p-queue, per-task timeouts', ['>=', 4]],
  ['tasks', 'tasks.nsPerTask.100k.kept', 'ns per task, beside a kept runtime (as in an app; context)', undefined],
  ['tasks', 'tasks.vsPQueue.kept', '× faster than p-queue, each beside a kept instance (context)', undefined],
  ['table', 'table.nsPerEvent.10k', 'ns per event, 10k rows', ['<=', 500]],
  ['table', 'table.nsPerEvent.100k', 'ns per event, 100k rows', ['<=', 500]],
  ['table', 'table.growth', 'growth (100k ÷ 10k rows)', ['<=', 1.3]],
  ['table', 'table.floor.growth', 'growth of bare JavaScript keeping the same rows (the floor)', undefined],
  ['tasks', 'tasks.heapMBAfter1M', 'heap growth after 1M tasks with clearAfter (MB)', ['<=', 20]],
  ['pipelines', 'pipelines.usPerValue.switch', 'switchTask, µs per value (100k, one per frame)', undefined],
  ['pipelines', 'pipelines.usPerValue.concat', 'concatTask, µs per value (100k, one per frame)', undefined],
  ['pipelines', 'pipelines.vsBareTask', 'policy operator ÷ bare run() per value (worse of the two)', ['<=', 1.2]],
  ['workers', 'workers.usPerTask.pipelined', 'µs per trivial task, 10k pipelined', ['<=', 5]],
  ['workers', 'workers.vsPiscina', '× faster than Piscina, pipelined', ['>=', 3]],
  ['workers', 'workers.usRoundTrip.sequential', 'sequential round trip (µs)', ['<=', 20]],
  ['workers', 'workers.cpuSpeedup', '200 × 5 ms CPU on 2 threads: speedup', ['>=', 1.95]],
  ['workers', 'workers.cpuOverheadUsPerTask', '200 × 5 ms CPU: overhead per task (µs)', ['<=', 40]],
  ['workers', 'workers.bare.usRoundTrip.sequential', 'bare worker_threads postMessage round trip (µs)', undefined],
  ['workers', 'workers.usRoundTrip.sequentialOnFrames', 'sequential round trip, results on frames (µs)', undefined],
  [
    'workers',
    'workers.bare.cpuOverheadUsPerTask',
    '200 × 5 ms CPU: bare worker_threads, one task per round trip',
    undefined,
  ],
  [
    'workers',
    'workers.floor.cpuOverheadUsPerTask',
    '200 × 5 ms CPU: bare, all tasks sent first (the floor)',
    undefined,
  ],
  ['workers', 'workers.floor.cpuMainUsPerTask', '200 × 5 ms CPU: floor, main-thread CPU per task (µs)', undefined],
  ['workers', 'workers.direct.cpuOverheadUsPerTask', '200 × 5 ms CPU: ours, results at once (no frames)', undefined],
  [
    'workers',
    'workers.cpuGapPerMainUs',
    '200 × 5 ms CPU: worker idle µs per µs of main-thread work per result (floor + burn)',
    undefined,
  ],
  ['workers', 'workers.cpuRoundsAheadOfPeers', '200 × 5 ms CPU: share of rounds ahead of both peers', ['>=', 1]],
  ['workers', 'workers.progressFloodMaxFrameMs', 'longest frame during a 100k progress flood (ms)', ['<=', 9]],
  ['soak', 'soak.lost', '1M mixed tasks: tasks lost', ['<=', 0]],
  ['soak', 'soak.heapGrowthMB', '1M mixed tasks: heap growth (MB)', ['<=', 20]],
  ['soak', 'soak.framesOverBudget', '1M mixed tasks: frames the library pushed over budget', ['<=', 0]],
  ['soak', 'soak.framesOverBudget.wall', '1M mixed tasks: frames over budget, wall clock', undefined],
  ['remote', 'remote.vsBullmq', 'throughput ÷ bare BullMQ, 2,000 trivial jobs', ['>=', 0.9]],
  ['remote', 'remote.jobsPerSecond', 'jobs per second through frametasks', undefined],
  ['remote', 'remote.jobsPerSecond.bullmq', 'jobs per second, bare BullMQ', undefined],
  ['remote', 'remote.cpuVsBullmq', 'process CPU per job ÷ bare BullMQ, same rounds', undefined],
  ['remote', 'remote.msAddToCompleted', 'one job, run() → row completed (ms)', undefined],
  ['remote', 'remote.msAddToCompleted.bullmq', 'one job, bare BullMQ add → completed event (ms)', undefined],
];

/**
 * A figure as the tables show it: no decimals from 100 up, one from 10, two below.
 *
 * @example show(1234.5) // '1,235'
 */
export const show = (n) => {
  if (!Number.isFinite(n)) return String(n);
  const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
};

/** Whether `n` meets the goal `[op, target]`. @example meets(['<=', 8.2], 8.1) // true */
export const meets = ([op, goal], n) => (op === '<=' ? n <= goal : n >= goal);

/** The goal as text. @example goalText(['>=', 3]) // '≥ 3' */
export const goalText = ([op, goal]) => `${op === '<=' ? '≤' : '≥'} ${show(goal)}`;

/**
 * One measured figure: the median, then [min – max] where the run wrote a spread.
 *
 * @example figure({ a: 2, 'a.min': 1, 'a.max': 3 }, 'a') // '2 [1 – 3]'
 */
export function figure(metrics, metric) {
  const value = metrics[metric];
  if (value === undefined) return '—';
  const [min, max] = [metrics[`${metric}.min`], metrics[`${metric}.max`]];
  return min === undefined || max === undefined ? show(value) : `${show(value)} [${show(min)} – ${show(max)}]`;
}

/** Every round met the goal (min and max both), or the metric has no spread. */
export function everyRound(goal, metrics, metric) {
  const [min, max] = [metrics[`${metric}.min`], metrics[`${metric}.max`]];
  return min === undefined || max === undefined || (meets(goal, min) && meets(goal, max));
}

/** A markdown table. @example markdownTable(['a', 'b'], [[1, 2]]) */
export function markdownTable(header, rows) {
  const lines = [header, header.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
