import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RemoteJobContext } from '../../lib/remote/remote-function';
import { threadCall } from '../../lib/remote/worker-side/thread-call';

const functions = pathToFileURL(join(__dirname, 'fixtures', 'thread-coop.mjs')).href;
const unknown = (names: string[]) => new Error(`unknown (serves ${names.join(', ')})`);

/** Whether each thread threadCall starts has exited (its `exit` listened to from its first listener on). */
function watchThreads(): { exited: (ms: number) => Promise<boolean>; threads: Worker[] } {
  const exits = new Map<Worker, Promise<void>>();
  const on = Worker.prototype.on;
  jest.spyOn(Worker.prototype, 'on').mockImplementation(function (this: Worker, event, listener) {
    if (!exits.has(this)) exits.set(this, new Promise((r) => on.call(this, 'exit', () => r())));
    return on.call(this, event, listener);
  });
  const timeout = (ms: number) => new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref());
  return {
    get threads() {
      return [...exits.keys()];
    },
    exited: (ms) => Promise.race([Promise.all(exits.values()).then(() => true), timeout(ms)]),
  };
}

function context(signal: AbortSignal, progress: (value: unknown) => void = () => undefined): RemoteJobContext {
  return { signal, progress, jobId: 'j1', attempt: 1 };
}

describe('threadCall: one job in its own worker thread', () => {
  afterEach(() => jest.restoreAllMocks());

  it('a job whose function returned after its signal aborted leaves no thread behind', async () => {
    const spy = watchThreads();
    const controller = new AbortController();
    let started!: () => void;
    const progress = new Promise<void>((r) => (started = r));
    const out = threadCall(functions, 'coop', null, context(controller.signal, started), 200, unknown);
    await progress;
    controller.abort();
    await expect(out).resolves.toBe('stopped');
    const gone = await spy.exited(2_000);
    await Promise.all(spy.threads.map((t) => t.terminate())); // a leaked thread must not outlive the spec
    expect(spy.threads.length).toBe(1);
    expect(gone).toBe(true);
  });

  it('a signal aborted before the call (a cancel that came first) still stops CPU-bound code', async () => {
    const spy = watchThreads();
    const started = Date.now();
    const out = threadCall(functions, 'spin', { ms: 4_000 }, context(AbortSignal.abort()), 50, unknown);
    await out.catch(() => undefined);
    const took = Date.now() - started;
    const gone = await spy.exited(500);
    await Promise.all(spy.threads.map((t) => t.terminate()));
    expect(took).toBeLessThan(2_000);
    expect(gone).toBe(true);
  });
});
