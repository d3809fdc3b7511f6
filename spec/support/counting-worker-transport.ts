import { nodeWorkerTransport } from '../../lib/workers/node-worker-transport';
import type { WorkerExit, WorkerHandle, WorkerTransport } from '../../lib/workers/worker-transport';

/**
 * The Node transport, counting threads as the operating system sees them: `live` ones (spawned,
 * not yet exited) and `held` ones (live and not told to terminate, i.e. still the pool's).
 * `maxHeld` is the most the pool ever held at once, checked at every spawn.
 */
export class CountingWorkerTransport implements WorkerTransport {
  spawned = 0;
  maxHeld = 0;
  /** Exits the pool did not ask for (a crash, `process.exit`, out of memory), with their codes. */
  readonly crashes: (number | undefined)[] = [];
  private readonly inner = nodeWorkerTransport();
  private readonly alive = new Set<WorkerHandle>();
  private readonly terminating = new Set<WorkerHandle>();

  get live(): number {
    return this.alive.size;
  }

  get held(): number {
    return this.alive.size - this.terminating.size;
  }

  spawn(options: Parameters<WorkerTransport['spawn']>[0]): WorkerHandle {
    const handle = this.inner.spawn(options);
    this.spawned++;
    this.alive.add(handle);
    this.maxHeld = Math.max(this.maxHeld, this.held);
    const count = (exit: WorkerExit) => {
      if (!this.terminating.delete(handle)) this.crashes.push(exit.code);
      this.alive.delete(handle);
    };
    // the handle keeps one exit listener: ours runs first, so counts are current when the pool hears
    const onExit = handle.onExit.bind(handle);
    onExit(count);
    handle.onExit = (listener) =>
      onExit((exit) => {
        count(exit);
        listener(exit);
      });
    const terminate = handle.terminate.bind(handle);
    handle.terminate = () => {
      if (this.alive.has(handle)) this.terminating.add(handle);
      terminate();
    };
    return handle;
  }
}
