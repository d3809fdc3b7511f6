import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { churn, type Leftovers } from '../support/churn';
import { pumpedRuntime } from '../support/pumped-runtime';

const root = join(__dirname, '..', '..');
const LIMIT_MS = 60_000;

const zero = { liveWork: 0, liveGenerators: 0, queuedActions: 0, frameSourceSubscriptions: 0, rows: 0, lost: 0 };

function heapCheck(tasks: number): Promise<Leftovers & { growthBytes: number }> {
  return new Promise((resolve, reject) => {
    const args = [
      '--expose-gc',
      '-r',
      './spec/process/fixtures/ts-hook.cjs',
      'spec/reliability/fixtures/heap-check.ts',
    ];
    const child = spawn(process.execPath, [...args, String(tasks)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      if (code === 0) resolve(JSON.parse(out) as Leftovers & { growthBytes: number });
      else reject(new Error(`heap check exited ${code}: ${err}`));
    });
  });
}

describe('leaks (guarantee 4)', () => {
  it('100k mixed tasks with clearing leave no live work, generators, actions, frame subscription or rows', () => {
    const world = pumpedRuntime({ clearAfter: 0, maxConcurrent: 64 }, 10, false);
    expect(churn(100_000, 500, world)).toEqual({ tasksRun: 100_000, ...zero });
    world.runtime.dispose();
    expect(world.pump.subscriptions.live).toBe(0);
    expect(world.runtime.scheduler.pendingCount).toBe(0);
  });

  it(
    'heap after 100k more tasks does not grow with the number of tasks (child node --expose-gc)',
    async () => {
      const result = await heapCheck(100_000);
      expect(result).toMatchObject(zero);
      // a leak of even 40 bytes per task would show as 4 MB
      expect(result.growthBytes).toBeLessThan(4 * 1024 * 1024);
    },
    LIMIT_MS + 10_000,
  );
});
