import { asapScheduler } from '../../rx.js';
import { askBack, chooseDisplaced } from './give-back.js';
import { chooseSlot, topsUp, type SlotChoice } from './slot-choice.js';
import { TaskQueue } from './task-queue.js';
import type { WorkerJob } from './worker-job.js';
import type { PoolSlot, WorkerSet } from './worker-set.js';

/**
 * The pool's queue and where its jobs go: {@link JobDispatch.pump} sends queued jobs to
 * the workers {@link chooseSlot} picks. It runs in the worker's message handler, so the
 * next job leaves the moment a result arrives; only a worker it needs started waits until
 * after a frame (`inFrame()`): `new Worker()` is 1-10 ms of synchronous work the frame's
 * budget cannot foresee.
 *
 * @example
 * ```ts
 * const dispatch = new JobDispatch(4, workers, () => scheduler.inFrame, (slot) => core.retire(slot, false));
 * dispatch.push(job); // sent now if a worker is free, else when one is
 * ```
 */
export class JobDispatch {
  readonly #queue = new TaskQueue<WorkerJob>();
  readonly #size: number;
  readonly #workers: WorkerSet;
  readonly #inFrame: () => boolean;
  /** Ends an idle worker of another module to start one for the next job (no pump: this is the pump). */
  readonly #retire: (slot: PoolSlot) => void;
  /** A pump is due right after the frame: a worker it needs was not started inside it. */
  #pumpDue = false;

  constructor(size: number, workers: WorkerSet, inFrame: () => boolean, retire: (slot: PoolSlot) => void) {
    this.#size = size;
    this.#workers = workers;
    this.#inFrame = inFrame;
    this.#retire = retire;
  }

  /** Queues a job and sends what can go. */
  push(job: WorkerJob): void {
    this.#queue.push(job);
    this.pump();
  }

  /** Jobs waiting in the queue (cancelled ones still in the heap not counted). */
  queued(): number {
    let queued = 0;
    for (const job of this.#queue.entries()) if (job.queued) queued++;
    return queued;
  }

  /** Empties the queue, returning the live jobs (dispose). */
  drain(): WorkerJob[] {
    return this.#queue.drain();
  }

  /**
   * Sends queued jobs where {@link chooseSlot} says; a worker sent a job in this pass is
   * topped up to its function's `depth` when no other worker takes the next one.
   */
  pump(): void {
    let job: WorkerJob | undefined;
    let last: PoolSlot | undefined;
    while ((job = this.#queue.peek())) {
      const choice = chooseSlot(this.#workers.pool, job, this.#size);
      if (choice && 'spawn' in choice && this.#inFrame()) return this.#pumpAfterFrame();
      const slot = this.#place(choice, job) ?? (last && topsUp(last, job) ? last : undefined);
      // a job that must wait asks back one waiting in a worker that it should run before (priority)
      if (!slot) return askBack(chooseDisplaced(this.#workers.pool, job));
      this.#queue.pop();
      sendJob(slot, job);
      last = slot;
    }
  }

  /** Puts a job that left its worker unstarted (given back, or its worker ended) back in the queue. */
  readonly requeue = (job: WorkerJob): void => {
    job.slot = undefined;
    job.state = 'queued';
    job.returning = false;
    this.#queue.push(job);
  };

  #place(choice: SlotChoice, job: WorkerJob): PoolSlot | undefined {
    if (!choice || !('spawn' in choice)) return choice;
    if (choice.retire) this.#retire(choice.retire);
    return this.#workers.spawn(job, false);
  }

  #pumpAfterFrame(): void {
    if (this.#pumpDue) return;
    this.#pumpDue = true;
    // asap: a microtask after the frame's synchronous run (virtual inside TestScheduler.run)
    asapScheduler.schedule(() => {
      this.#pumpDue = false;
      this.pump();
    });
  }
}

/**
 * Sends `job` to `slot`, marking it sent there.
 *
 * @example
 * ```ts
 * sendJob(workers.spawn(job, true), job); // a standalone call's own worker
 * ```
 */
export function sendJob(slot: PoolSlot, job: WorkerJob): void {
  job.slot = slot;
  job.state = 'sent';
  slot.send(job);
}
