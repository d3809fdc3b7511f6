import type { Subscription } from 'rxjs';
import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';

/** What the pump asks of the engine. */
export interface PumpHost {
  /** Whether a task may start now (one waits and a slot is free). */
  canStart(): boolean;
  /** Starts the next task; false when none was left. */
  startNext(): boolean;
}

/**
 * Starts pending tasks on frames: one scheduled action starts as many as the frame's
 * budget allows (`shouldYield()`), then re-schedules itself if more can start. Requests
 * made while it runs (a task ending during its start frees a slot) are folded into the
 * running loop instead of scheduling another action.
 *
 * @example
 * ```ts
 * const pump = new StartPump(scheduler, engine);
 * pump.request();
 * ```
 */
export class StartPump {
  #action: Subscription | undefined;
  #running = false;

  readonly #scheduler: FrameScheduler;
  readonly #host: PumpHost;

  constructor(scheduler: FrameScheduler, host: PumpHost) {
    this.#scheduler = scheduler;
    this.#host = host;
  }

  request(): void {
    if (this.#action === undefined && !this.#running && this.#host.canStart()) {
      this.#action = this.#scheduler.schedule(this.#run);
    }
  }

  stop(): void {
    this.#action?.unsubscribe();
    this.#action = undefined;
  }

  readonly #run = (): void => {
    this.#action = undefined;
    this.#running = true;
    try {
      while (this.#host.canStart() && this.#host.startNext() && !this.#scheduler.shouldYield());
    } finally {
      this.#running = false;
      this.request();
    }
  };
}
