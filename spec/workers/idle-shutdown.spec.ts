import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLib } from './support/compiled-lib';

const lib = compileLib();
afterAll(() => lib.cleanup());

const worker = `import { defineWorker } from './lib/workers/worker-side/index.js';
defineWorker({ double: (n) => n * 2 });
`;
const main = (idleTimeoutMs: number) => `import { FrameScheduler } from './lib/scheduler/frame-scheduler.js';
import { intervalFrames } from './lib/frames/interval-frames.js';
import { WorkerPool } from './lib/workers/worker-pool.js';
const scheduler = new FrameScheduler({ frames: intervalFrames(60) });
const pool = new WorkerPool({ scheduler, idleTimeoutMs: ${idleTimeoutMs} });
const target = { module: new URL('./double.worker.mjs', import.meta.url), fn: 'double' };
pool.exec(target, [21]).subscribe((v) => console.log('result', v));
pool.exec(target, [1], { standalone: true }).subscribe((v) => console.log('standalone', v));
`;

describe('idle shutdown', () => {
  it('a Node process using the pool exits by itself once the work is done', () => {
    writeFileSync(join(lib.dir, 'double.worker.mjs'), worker);
    writeFileSync(join(lib.dir, 'main.mjs'), main(200));
    const child = spawnSync(process.execPath, [join(lib.dir, 'main.mjs')], { encoding: 'utf8', timeout: 30_000 });
    expect(child.error).toBeUndefined();
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout).toContain('result 42');
    expect(child.stdout).toContain('standalone 2');
  }, 40_000);
});
