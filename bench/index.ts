import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type BenchModule = { default: () => Promise<Record<string, number>> };

/** Where and when one bench file last ran (written to bench/results-env.json). */
interface RunEnv {
  readonly date: string;
  readonly node: string;
  readonly cores: number;
  /** 1-minute load average before and after the bench. */
  readonly loadAvg1mBefore: number;
  readonly loadAvg1mAfter: number;
  /** The commit measured (`-dirty` when the code differed from it). */
  readonly commit: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..'); // the bundle runs from .build/bench
const only = process.argv[2];
/** argv[2] of a child process that runs one bench file (see {@link inChild}). */
const CHILD = '--one-bench';

async function main(): Promise<void> {
  if (only === CHILD) return runOne(process.argv[3] as string, process.argv[4] as string);
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.js'))
    .filter((f) => !only || f.startsWith(only))
    .sort();
  const results: Record<string, number> = {};
  const envs: Record<string, RunEnv> = {};
  const commit = measuredCommit();
  for (const file of files) {
    const name = file.replace(/\.bench\.js$/, '');
    console.log(`\n## ${name}`);
    const load = loadavg()[0] ?? Number.NaN;
    Object.assign(results, inChild(file));
    const after = loadavg()[0] ?? Number.NaN;
    envs[name] = {
      date: new Date().toISOString(),
      node: process.version,
      cores: cpus().length,
      loadAvg1mBefore: load,
      loadAvg1mAfter: after,
      commit,
    };
  }
  console.log('\n## all metrics');
  console.table(Object.entries(results).map(([metric, value]) => ({ metric, value: round(value) })));
  save(results, envs);
  // The README's and docs/benchmarks.md's tables come from these files, never by hand.
  const readme = spawnSync(process.execPath, [join(root, 'scripts', 'bench-readme.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
  if (readme.status !== 0) process.exitCode = readme.status ?? 1;
}

/**
 * Runs one bench file in a process of its own and returns its metrics: what one bench
 * leaves in the heap (a million tasks of the soak, 100k rows) must not weigh on the next
 * one's figures — the table bench measured ~450 ns per event alone and ~530 after the
 * others in one process.
 */
function inChild(file: string): Record<string, number> {
  const out = join(tmpdir(), `frametasks-bench-${process.pid}-${file}.json`);
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, CHILD, file, out], { stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`bench/${file}: exit code ${String(child.status ?? child.signal)}`);
  const results = readJson<Record<string, number>>(out);
  rmSync(out, { force: true });
  return results;
}

/** The child's side of {@link inChild}: runs `file`, writes its metrics to `out`, exits. */
async function runOne(file: string, out: string): Promise<void> {
  const mod = (await import(join(here, file))) as BenchModule;
  writeFileSync(out, JSON.stringify(await mod.default()));
  process.exit(0); // a bench may leave a handle open (a pool's idle timer): its figures are in
}

/**
 * Writes the metrics and run environments; a partial run (`npm run bench -- tasks`) replaces
 * only its own. A full run first keeps the run it replaces in bench/results-previous.json,
 * for the table of goals over the last two runs (scripts/bench-readme.mjs).
 */
function save(results: Record<string, number>, envs: Record<string, RunEnv>): void {
  const out = join(root, 'bench', 'results.json');
  const envOut = join(root, 'bench', 'results-env.json');
  if (!only && existsSync(out)) {
    const kept = { metrics: readJson(out), env: readJson(envOut) };
    writeFileSync(join(root, 'bench', 'results-previous.json'), `${JSON.stringify(kept, null, 2)}\n`);
  }
  const previous = only ? readJson<Record<string, number>>(out) : {};
  const previousEnv = only ? readJson<Record<string, RunEnv>>(envOut) : {};
  writeFileSync(out, `${JSON.stringify(sortKeys({ ...previous, ...results }), null, 2)}\n`);
  writeFileSync(envOut, `${JSON.stringify(sortKeys({ ...previousEnv, ...envs }), null, 2)}\n`);
  console.log(`wrote ${out} and ${envOut}`);
}

/** HEAD's short hash, with `-dirty` when the measured code (lib, bench, dependencies) differs from it. */
function measuredCommit(): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD').stdout.trim() || 'unknown';
  const dirty = git('diff', '--quiet', 'HEAD', '--', 'lib', 'bench/*.ts', 'package-lock.json').status !== 0;
  return dirty ? `${head}-dirty` : head;
}

function readJson<T extends object>(path: string): T {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : ({} as T);
}

function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
