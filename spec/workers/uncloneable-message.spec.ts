import { interval, map, of, timer, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { WorkerTaskError } from '../../lib/errors';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { FakeWorkerTransport } from '../../lib/workers/testing/fake-worker-transport';
import type { WorkerTransport } from '../../lib/workers/worker-transport';
import { WorkerPool } from '../../lib/workers/worker-pool';

/** Fake workers whose postMessage clones as a real port does: an uncloneable value throws. */
function cloningTransport(inner: FakeWorkerTransport): WorkerTransport {
  return {
    defer: inner.defer,
    spawn: (o) => {
      const handle = inner.spawn(o);
      const post = handle.postMessage.bind(handle);
      handle.postMessage = (m, t) => post(structuredClone(m), t);
      return handle;
    },
  };
}

const sleep = { module: 'm.js', fn: 'sleep' };

describe('WorkerPool: a message that cannot be cloned ends its worker', () => {
  it('fails only its own call: a call sent right after it runs on a fresh worker, not on the ended one', () => {
    const outcomes: Record<string, string> = {};
    let spawned = 0;
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ flush }) => {
      const scheduler = new FrameScheduler({ frames: interval(1) });
      const fake = new FakeWorkerTransport({
        'm.js': { sleep: (ms: number, tag: string) => timer(ms).pipe(map(() => tag)) },
      });
      const pool = new WorkerPool({ scheduler, transport: cloningTransport(fake), size: 1 });
      const exec = (tag: string, inbox?: Observable<unknown>) =>
        pool.exec<string>(sleep, [10, tag], { inbox }).subscribe({
          next: (t) => (outcomes[tag] = `ok ${t}`),
          error: (e: Error) => (outcomes[tag] = e.name),
        });
      exec('w'); // the only worker is busy with 'w'; 'a' and 'b' wait in the pool
      exec(
        'a',
        of(() => 'a function cannot be cloned'),
      ); // its message leaves with its run command
      exec('b');
      flush();
      spawned = fake.workers.length;
      pool.dispose();
    });
    expect(outcomes).toEqual({ w: 'ok w', a: new WorkerTaskError('x').name, b: 'ok b' });
    expect(spawned).toBe(2);
  });
});
