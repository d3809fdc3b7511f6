// Writes the measured tables of README.md and docs/benchmarks.md from bench/results.json
// (and where and when each bench ran, bench/results-env.json) between their markers: the
// latest run's table between <!-- bench:start --> and <!-- bench:end --> (both files), and
// the goals over the last two full runs (bench/results-previous.json beside the latest)
// between <!-- bench-runs:start --> and <!-- bench-runs:end --> (docs/benchmarks.md). Run by
// `npm run bench` at its end, so the tables are never typed by hand; `--check` exits 1 if a
// table differs from what the files give (edited by hand, or stale).
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { latestTable } from './bench-tables/latest-table.mjs';
import { twoRunsTable } from './bench-tables/two-runs-table.mjs';

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
};

const metrics = readJson('bench/results.json');
const envs = readJson('bench/results-env.json');
const latest = { name: 'bench', text: latestTable(metrics, envs) };
const twoRuns = { name: 'bench-runs', text: twoRunsTable(metrics, envs, readJson('bench/results-previous.json')) };
const TARGETS = { 'README.md': [latest], 'docs/benchmarks.md': [latest, twoRuns] };

/** `source` with the text between `name`'s markers replaced. */
function replaceBlock(target, source, { name, text }) {
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const from = source.indexOf(start);
  const to = source.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`${target}: no ${start} … ${end} markers`);
    process.exit(1);
  }
  return `${source.slice(0, from)}${start}\n\n${text}\n\n${source.slice(to)}`;
}

const check = process.argv.includes('--check');
let stale = false;
for (const [target, blocks] of Object.entries(TARGETS)) {
  const source = readFileSync(target, 'utf8');
  const updated = blocks.reduce((text, block) => replaceBlock(target, text, block), source);
  // formatted as `npm run format` would, so `prettier --check` stays green
  const formatted = await prettier.format(updated, { ...(await prettier.resolveConfig(target)), filepath: target });
  if (check) {
    if (formatted !== source) console.error(`${target}: the measured table is not the one the bench results give`);
    stale ||= formatted !== source;
  } else {
    writeFileSync(target, formatted);
    console.log(`updated the measured tables in ${target}`);
  }
}
if (stale) process.exit(1);
