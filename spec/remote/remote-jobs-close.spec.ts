import { createRuntime, hostFrames } from '../../lib';
import { RemoteConnectionError } from '../../lib/errors';
import { remoteQueue } from '../../lib/remote/remote-queue';

/** No Redis: the queue's link adds every job at once and answers every read with "waiting". */
jest.mock('../../lib/remote/main-side/queue-link', () => ({
  QueueLink: class {
    readonly connected = true;
    readonly ready = Promise.resolve();
    readonly events = undefined;
    onReconnect = () => undefined;
    readonly queue = {
      addBulk: () => Promise.resolve([]),
      add: () => Promise.resolve({}),
      getJobState: () => Promise.resolve('waiting'),
      getJob: () => Promise.resolve({ attemptsStarted: 0 }),
    };
    constructor(readonly name: string) {}
    cancel = jest.fn(() => Promise.resolve());
    close = () => Promise.resolve();
  },
}));

describe('RemoteQueue.close() with jobs still in flight (no Redis: a link that adds every job)', () => {
  it('ends their rows (failed with RemoteConnectionError) instead of leaving them pending forever', async () => {
    const { frames, tick } = hostFrames();
    const runtime = createRuntime({ frames });
    const q = remoteQueue(runtime, { queue: 'q', connection: {} });
    const id = q.run('echo', 1);
    const result = runtime.resultPromise(id).catch((e: unknown) => e);
    tick(); // the task starts: its job is added
    await new Promise((r) => setImmediate(r));
    await q.close();
    tick();
    tick();
    expect(runtime.status(id)).toBe('failed');
    expect(await result).toBeInstanceOf(RemoteConnectionError);
    // and a job started after close fails the same way
    const late = runtime.resultPromise(q.run('echo', 2)).catch((e: unknown) => e);
    tick();
    tick();
    expect(await late).toBeInstanceOf(RemoteConnectionError);
    runtime.dispose();
  });
});
