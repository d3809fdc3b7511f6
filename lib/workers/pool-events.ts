import { WorkerLoadError } from '../errors.js';
import type { WorkerEvent } from './protocol.js';
import { fromRemoteError } from './remote-error.js';
import type { TaskTiming } from './task-timing.js';
import type { WorkerSlot } from './worker-slot.js';

/**
 * Applies one event from a worker to the job it concerns. Events for jobs that were
 * cancelled in the meantime are ignored.
 *
 * @example
 * ```ts
 * events.handle(slot, ['ok', 7, 42, 0.01]);
 * ```
 */
export class PoolEvents {
  constructor(private readonly timing: TaskTiming) {}

  handle(slot: WorkerSlot, event: WorkerEvent): void {
    switch (event[0]) {
      case 'ready':
        slot.ready = true;
        return;
      case 'p':
        return slot.jobs.find((j) => j.seq === event[1])?.inbox.progress(event[2]);
      case 'ok': {
        const job = slot.take(event[1]);
        if (!job) return;
        this.timing.record(job.where, event[3]);
        return job.succeed(event[2]);
      }
      case 'err': {
        const job = slot.take(event[1]);
        if (!job) return;
        this.timing.record(job.where, event[3]);
        return job.fail(fromRemoteError(event[2], job.where));
      }
      case 'nofn': {
        const job = slot.take(event[1]);
        const has = event[3].length > 0 ? event[3].join(', ') : 'none';
        return job?.fail(
          new WorkerLoadError(`${slot.moduleKey} has no worker function "${event[2]}" (it has: ${has})`),
        );
      }
    }
  }
}
