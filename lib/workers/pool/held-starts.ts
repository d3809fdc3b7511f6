import { asapScheduler } from 'rxjs';
import type { WorkerJob } from './worker-job.js';

/**
 * The worker starts a pool holds back while a frame runs: `new Worker()` is 1-10 ms of
 * synchronous work the frame's budget cannot foresee, so a call made inside a frame that
 * needs a new worker gets it right after the frame (one asap action however many calls
 * wait; virtual inside `TestScheduler.run`). Calls to a worker that is already there are
 * not held.
 *
 * @example
 * ```ts
 * const held = new HeldStarts(() => scheduler.inFrame, (standalone) => startAll(standalone));
 * if (held.inFrame()) held.hold(job);
 * ```
 */
export class HeldStarts {
  readonly #standalone: WorkerJob[] = [];
  #armed = false;
  readonly #start: (standalone: WorkerJob[]) => void;

  /** `start` gets the held standalone jobs (cancelled ones included) and starts the pool's held workers. */
  constructor(
    readonly inFrame: () => boolean,
    start: (standalone: WorkerJob[]) => void,
  ) {
    this.#start = start;
  }

  /** Holds a standalone job's worker, or (without a job) the pool's next spawn, until after the frame. */
  hold(job?: WorkerJob): void {
    if (job) this.#standalone.push(job);
    if (this.#armed) return;
    this.#armed = true;
    asapScheduler.schedule(this.#fire);
  }

  /** Takes the held standalone jobs (the pool is being disposed). */
  drain(): WorkerJob[] {
    return this.#standalone.splice(0);
  }

  readonly #fire = (): void => {
    this.#armed = false;
    this.#start(this.#standalone.splice(0));
  };
}
