import { TestScheduler } from 'rxjs/testing';
import { createRuntime, workerPool } from '../../lib';
import { FakeWorkerTransport, marbleFrames } from '../../lib/testing';
import type { WorkerSpawnOptions } from '../../lib/workers/worker-transport';

describe('runtime.workers: worker threads start between frames', () => {
  it('hands a worker task to the pool after the frame it starts in, so spawning a thread is not frame time', () => {
    const spawnedInFrame: boolean[] = [];
    let result: unknown;
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ flush }) => {
      const fake = new FakeWorkerTransport({ 'mesh.js': { double: (n: number) => n * 2 } });
      const transport = {
        spawn: (options: WorkerSpawnOptions) => {
          spawnedInFrame.push(runtime.scheduler.inFrame);
          return fake.spawn(options);
        },
      };
      const runtime = createRuntime({ frames: marbleFrames(10), workers: workerPool({ transport, size: 2 }) });
      const id = runtime.workers.run({ module: 'mesh.js', fn: 'double' }, [21]);
      const alone = runtime.workers.run({ module: 'mesh.js', fn: 'double' }, [4], { standalone: true });
      flush();
      result = [runtime.getResult(id), runtime.getResult(alone)];
      runtime.dispose();
    });
    // Both tasks started inside frame 0's start action; with the pool called there, both
    // threads were spawned inside the frame.
    expect(spawnedInFrame).toEqual([false, false]);
    expect(result).toEqual([42, 8]);
  });
});
