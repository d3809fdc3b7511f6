// Writes the measured table of README.md and docs/benchmarks.md from bench/results.json
// (and where and when each bench ran, bench/results-env.json), between the markers
// <!-- bench:start --> and <!-- bench:end -->. Run by `npm run bench` at its end, so the
// tables are never typed by hand. Goals are those of the issues that added each metric.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const TARGETS = ['README.md', 'docs/benchmarks.md'];

/** [area, metric, what it measures, goal] — goal `['<=' | '>=', n]` or undefined (context). */
const ROWS = [
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
  ['budget', 'budget.completionRatio', 'completion ÷ frame-paced best', ['<=', 1.03]],
  ['tasks', 'tasks.nsPerTask.100k', 'ns per task, 100k trivial tasks, table subscribed', ['<=', 1500]],
  ['tasks', 'tasks.vsPQueue', '× faster than p-queue', ['>=', 3]],
  ['tasks', 'tasks.vsPQueueTimeout', '× faster than p-queue, per-task timeouts', ['>=', 4]],
  ['table', 'table.nsPerEvent.10k', 'ns per event, 10k rows', ['<=', 500]],
  ['table', 'table.nsPerEvent.100k', 'ns per event, 100k rows', ['<=', 500]],
  ['table', 'table.growth', 'growth (100k ÷ 10k rows)', ['<=', 1.3]],
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
  ['workers', 'workers.cpuRoundsAheadOfPeers', '200 × 5 ms CPU: share of rounds ahead of both peers', ['>=', 1]],
  ['workers', 'workers.progressFloodMaxFrameMs', 'longest frame during a 100k progress flood (ms)', ['<=', 9]],
  ['soak', 'soak.lost', '1M mixed tasks: tasks lost', ['<=', 0]],
  ['soak', 'soak.heapGrowthMB', '1M mixed tasks: heap growth (MB)', ['<=', 20]],
  ['soak', 'soak.framesOverBudget', '1M mixed tasks: frames the library pushed over budget', ['<=', 0]],
  ['soak', 'soak.framesOverBudget.wall', '1M mixed tasks: frames over budget, wall clock', undefined],
];

const show = (n) => {
  if (!Number.isFinite(n)) return String(n);
  const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
};

const meets = ([op, goal], n) => (op === '<=' ? n <= goal : n >= goal);

function row([area, metric, what, goal], m) {
  const value = m[metric];
  if (value === undefined)
    return [area, what, '—', '', goal ? `${goal[0] === '<=' ? '≤' : '≥'} ${show(goal[1])}` : '', 'not measured'];
  const [min, max] = [m[`${metric}.min`], m[`${metric}.max`]];
  const range = min === undefined || max === undefined ? 'one figure' : `${show(min)} – ${show(max)}`;
  if (!goal) return [area, what, show(value), range, 'context', ''];
  const met = meets(goal, value);
  const everyRound = min === undefined || (meets(goal, min) && meets(goal, max));
  const verdict = met ? (everyRound ? 'yes' : 'yes (not every round)') : 'no';
  return [area, what, show(value), range, `${goal[0] === '<=' ? '≤' : '≥'} ${show(goal[1])}`, verdict];
}

function table(rows) {
  const header = ['area', 'metric', 'median', 'min – max', 'goal', 'met'];
  const lines = [header, header.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

// The bench file (bench/NAME.bench.ts) that measures each area.
const BENCH_OF = { scheduler: 'scheduler', delivery: 'scheduler', budget: 'scheduler', tasks: 'tasks', table: 'tasks' };
const benchOf = (area) => BENCH_OF[area] ?? area;

function environment(envs) {
  const runs = Object.entries(envs).map(([name, e]) => {
    const load = `${e.loadAvg1mBefore.toFixed(2)} → ${e.loadAvg1mAfter.toFixed(2)}`;
    return `\`${name}\` on ${e.date.slice(0, 16).replace('T', ' ')} UTC (Node ${e.node}, ${e.cores} cores, load average ${load})`;
  });
  const unrecorded = [...new Set(ROWS.map(([area]) => benchOf(area)))].filter((name) => !envs[name]);
  const measured = runs.length ? `Measured by \`npm run bench\`: ${runs.join('; ')}.` : '';
  const older = unrecorded.length
    ? ` Figures of ${unrecorded.map((n) => `\`${n}\``).join(', ')}: from an earlier run whose date, Node version and load were not recorded.`
    : '';
  return measured + older;
}

function block(metrics, envs) {
  return [
    START,
    '',
    `<!-- generated by scripts/bench-readme.mjs from bench/results.json: do not edit by hand -->`,
    '',
    environment(envs),
    'Where min – max is given, the figure is the median of at least 5 repetitions in one run (ours and its',
    'peer interleaved, A B A B …; a ratio is the median of the ratios round by round) and min – max their',
    'spread; "one figure" marks a metric recorded without a spread (a single measurement, or an older run).',
    '',
    table(ROWS.map((r) => row(r, metrics))),
    '',
    END,
  ].join('\n');
}

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
};

// --check: exit 1 if a table differs from what results.json gives (edited by hand, or stale).
const check = process.argv.includes('--check');
const text = block(readJson('bench/results.json'), readJson('bench/results-env.json'));
let stale = false;
for (const target of TARGETS) {
  const source = readFileSync(target, 'utf8');
  const from = source.indexOf(START);
  const to = source.indexOf(END);
  if (from < 0 || to < from) {
    console.error(`${target}: no ${START} … ${END} markers`);
    process.exit(1);
  }
  const updated = source.slice(0, from) + text + source.slice(to + END.length);
  // formatted as `npm run format` would, so `prettier --check` stays green
  const formatted = await prettier.format(updated, { ...(await prettier.resolveConfig(target)), filepath: target });
  if (check) {
    if (formatted !== source) console.error(`${target}: the measured table is not the one bench/results.json gives`);
    stale ||= formatted !== source;
  } else {
    writeFileSync(target, formatted);
    console.log(`updated the measured table in ${target}`);
  }
}
if (stale) process.exit(1);
