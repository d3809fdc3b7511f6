import { firstValueFrom, toArray } from 'rxjs';
import { intervalFrames } from '../../lib/frames/interval-frames';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { createThread } from '../../lib/threads/create-thread';
import { workerThread } from '../../lib/threads/worker-thread';
import { nodeWorkerTransport } from '../../lib/workers/node-worker-transport';
import type { WorkerExit, WorkerTransport } from '../../lib/workers/worker-transport';
import { buildWorkerFixtures } from '../workers/support/worker-fixtures';

const fixtures = buildWorkerFixtures();
afterAll(() => fixtures.cleanup());

let scheduler: FrameScheduler;
beforeEach(() => (scheduler = new FrameScheduler({ frames: intervalFrames(120), budgetMs: 8 })));
afterEach(() => scheduler.dispose());

/** Node workers whose exits are recorded. */
function recording(exits: WorkerExit[]): WorkerTransport {
  const inner = nodeWorkerTransport();
  return {
    spawn: (o) => {
      const handle = inner.spawn(o);
      handle.onExit = (
        (on) => (listener) =>
          on((exit) => (exits.push(exit), listener(exit)))
      )(handle.onExit.bind(handle));
      return handle;
    },
  };
}

const echo = (transport: WorkerTransport) =>
  workerThread<string, string, number>({
    name: 'echo',
    target: { module: fixtures.url('echo.worker.mjs'), fn: 'echo' },
    transport,
  });

describe('workerThread in a real worker', () => {
  it('echoes IN messages back UP uppercased, ends with the result, and the worker exits', async () => {
    const exits: WorkerExit[] = [];
    const thread = createThread(echo(recording(exits)), { scheduler }).start();
    const ups = firstValueFrom(thread.up$.pipe(toArray()));
    ['hello', 'frame', 'tasks', 'bye'].forEach((m) => thread.send(m));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outcome = await Promise.race([
      thread.join(),
      new Promise((r) => (timer = setTimeout(r, 5_000, 'timed out'))),
    ]);
    clearTimeout(timer); // a pending 5 s timer kept Jest from exiting
    expect(outcome).toEqual({ exit: { type: 'result', value: 3 }, teardownErrors: [] });
    await expect(ups).resolves.toEqual(['HELLO', 'FRAME', 'TASKS']);
    for (let i = 0; i < 100 && exits.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(exits).toHaveLength(1);
  });

  it('stopping the thread terminates its worker', async () => {
    const exits: WorkerExit[] = [];
    const thread = createThread(echo(recording(exits)), { scheduler }).start();
    const first = firstValueFrom(thread.up$);
    thread.send('ping');
    await expect(first).resolves.toBe('PING');
    expect(exits).toHaveLength(0);
    await thread.stop();
    for (let i = 0; i < 100 && exits.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(exits).toHaveLength(1);
    expect(thread.status).toBe('stopped');
  });
});
