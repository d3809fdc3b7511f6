import type { Subscription } from 'rxjs';
import { asapScheduler } from '../../rx.js';
import { askBack, chooseDisplaced } from './give-back.js';
import { releaseJobs } from './release-jobs.js';
import { chooseSlot, topsUp } from './slot-choice.js';
import { TaskQueue } from './task-queue.js';
import type { WorkerJob } from './worker-job.js';
import type { PoolSlot, WorkerSet } from './worker-set.js';

/**
 * The pool's queue and where its jobs go: {@link JobDispatch.pump} sends queued jobs to
 * the workers {@link chooseSlot} picks, and takes back the ones a worker returns
 * unstarted (`requeue`). PoolCore calls it from the worker's message handler, off-frame,
 * so the next job leaves the moment a result arrives. Called inside a frame
 * (`inFrame()`), it still sends to a worker that is there, but a worker it needs started
 * (a standalone call's own, too) is started right after the frame: `new Worker()` is
 * 1-10 ms of synchronous work the frame's budget cannot foresee.
 *
 * @example
 * ```ts
 * const dispatch = new JobDispatch(4, workers, () => scheduler.inFrame);
 * dispatch.submit(job, false); // sent now if a worker can take it, else when one can
 * ```
 */
export class JobDispatch {
  readonly #queue = new TaskQueue<WorkerJob>();
  readonly #size: number;
  readonly #workers: WorkerSet;
  readonly #inFrame: () => boolean;
  /** A pump due right after the frame: a worker it needs was not started inside it. */
  #duePump: Subscription | undefined;
  /** Set by close: what calls submitted later (held ones included) fail with. */
  #gone: Error | undefined;

  constructor(size: number, workers: WorkerSet, inFrame: () => boolean) {
    this.#size = size;
    this.#workers = workers;
    this.#inFrame = inFrame;
  }

  /** Queues a job and sends what can go; a standalone one gets its own worker. */
  submit(job: WorkerJob, standalone: boolean): void {
    if (this.#gone) return job.fail(this.#gone);
    if (!standalone) {
      this.#queue.push(job);
      return this.pump();
    }
    // its worker starts right after the frame (see the class); a job cancelled by then is 'done',
    // and one submitted before a dispose that came first fails (the check above)
    if (this.#inFrame()) return void asapScheduler.schedule(() => job.state === 'queued' && this.submit(job, true));
    sendJob(this.#workers.spawn(job, true), job);
  }

  /** Jobs waiting in the queue (cancelled ones still in the heap not counted). */
  queued(): number {
    let queued = 0;
    for (const job of this.#queue.entries()) if (job.queued) queued++;
    return queued;
  }

  /** Fails the queued jobs and every job submitted later with `error` (dispose). */
  close(error: Error): void {
    // failed jobs are no longer `queued`: the heap skips them like cancelled ones (failing
    // one changes its state, not the heap, so the heap is read as it is)
    for (const job of this.#queue.entries()) if (job.queued) job.fail(error);
    this.#gone = error;
  }

  /** Ends a worker; live jobs it held that had not started go back to the queue. Bound: it is passed around. */
  readonly retire = (slot: PoolSlot, pump = true): void => {
    this.#workers.forget(slot);
    slot.terminate();
    releaseJobs(slot.jobs.splice(0), undefined, this.requeue);
    if (pump) this.pump();
  };

  /**
   * Sends queued jobs where {@link chooseSlot} says; a worker sent a job in this pass is
   * topped up to its function's `depth` when no other worker takes the next one.
   */
  pump(): void {
    let job: WorkerJob | undefined;
    let last: PoolSlot | undefined;
    while ((job = this.#queue.peek())) {
      const choice = chooseSlot(this.#workers.pool, job, this.#size);
      let slot: PoolSlot | undefined;
      if (choice && 'spawn' in choice) {
        if (this.#inFrame()) return this.#pumpAfterFrame();
        // in place of an idle worker of another module; no pump from here: this is the pump
        if (choice.retire) this.retire(choice.retire, false);
        slot = this.#workers.spawn(job, false);
      } else slot = choice ?? (last && topsUp(last, job) ? last : undefined);
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

  #pumpAfterFrame(): void {
    if (this.#duePump) return;
    // asap: a microtask after the frame's synchronous run (virtual inside TestScheduler.run);
    // never run at once, so the field is set before the pump clears it
    this.#duePump = asapScheduler.schedule(() => {
      this.#duePump = undefined;
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
