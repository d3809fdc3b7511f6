// The measured tables of the README and docs/benchmarks.md are generated from
// bench/results.json (scripts/bench-readme.mjs, run by `npm run bench`), never typed by hand.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

describe('measured tables', () => {
  it('are exactly what bench/results.json gives', () => {
    const run = spawnSync(process.execPath, ['scripts/bench-readme.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 40_000);
});
